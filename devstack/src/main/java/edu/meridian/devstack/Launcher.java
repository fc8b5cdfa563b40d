package edu.meridian.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The one-command local run behind {@code ./meridian}: PostgreSQL, Kafka and Keycloak in parallel, then the services,
 * then the gateway, each awaited until healthy; demo data on the first start; every process it starts recorded in
 * {@code .devstack/pids} and stopped by PID.
 *
 * <pre>
 * java -cp … edu.meridian.devstack.Launcher up [--fresh] [--detached]
 * java -cp … edu.meridian.devstack.Launcher down | status
 * </pre>
 */
public final class Launcher {

    static final int POSTGRES_PORT = 15432;
    static final int KAFKA_PORT = 9092;
    static final int KAFKA_CONTROLLER_PORT = 9093;
    static final int KEYCLOAK_PORT = 8180;
    static final int GATEWAY_PORT = 8080;
    static final String REALM = "meridian";
    /** The services of architecture.md with their fixed ports; the launcher runs those whose module exists. */
    static final Map<String, Integer> SERVICES = new LinkedHashMap<>(Map.of());

    static {
        SERVICES.put("partners-service", 8081);
        SERVICES.put("programmes-service", 8082);
        SERVICES.put("admissions-service", 8083);
        SERVICES.put("visits-service", 8084);
    }

    private final Path root;
    private final Path state;
    private final Pids pids;
    private final long started = System.nanoTime();
    private final Map<String, Long> waiting = new ConcurrentHashMap<>();
    private final List<AutoCloseable> apps = new ArrayList<>();
    private final List<AutoCloseable> infrastructure = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopping;

    Launcher(Path root) {
        this.root = root;
        this.state = root.resolve(".devstack");
        this.pids = new Pids(state.resolve("pids"));
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("meridian.root", ".")).toAbsolutePath().normalize();
        Launcher launcher = new Launcher(root);
        String command = args.length == 0 ? "status" : args[0];
        List<String> options = List.of(args).subList(Math.min(1, args.length), args.length);
        try {
            int code = switch (command) {
                case "up" -> launcher.up(options.contains("--fresh"), options.contains("--detached"));
                case "down" -> launcher.down();
                case "status" -> launcher.status();
                default -> {
                    System.err.println("Unknown command " + command + "; use up, down or status");
                    yield 64;
                }
            };
            System.exit(code);
        } catch (RuntimeException e) {
            System.err.println("\n✗ " + e.getMessage());
            System.exit(1);
        }
    }

    // ------------------------------------------------------------------------------------------------ up

    int up(boolean fresh, boolean detached) {
        if (!detached) {
            teeOutputTo(logs().resolve("launcher.log")); // detached, the script sends the output there already
        }
        Optional<Pids.Entry> running = pids.read().stream().filter(e -> e.name().equals("launcher"))
                .filter(e -> e.handle().isPresent()).findFirst();
        if (running.isPresent()) {
            System.err.println("Meridian is already running (launcher PID " + running.get().pid()
                    + "); ./meridian status shows it, ./meridian down stops it.");
            return 1;
        }
        stopLeftovers();
        List<String> services = SERVICES.keySet().stream()
                .filter(name -> Files.isRegularFile(root.resolve(name).resolve("pom.xml"))).toList();
        checkPorts(services);
        Path jdk = Keycloak.newestJdk();
        int jdkVersion = featureVersion(jdk);
        if (jdkVersion < 21) {
            say("! Keycloak prefers a JDK 21+; the newest found is " + jdk + " (" + jdkVersion
                    + "). It runs on 17, but install a JDK 21+ (e.g. under /usr/lib/jvm) to follow Keycloak's advice.");
        }
        if (fresh) {
            say("--fresh: removing the data of PostgreSQL and Kafka (downloads and builds are kept)");
            deleteRecursively(state.resolve("postgres/data"));
            deleteRecursively(state.resolve("kafka/data"));
            deleteRecursively(state.resolve("demo-loaded"));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "meridian-stop"));
        pids.record("launcher", ProcessHandle.current());
        String java = ProcessHandle.current().info().command().orElse("java");

        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(this::tick, 5, 5, TimeUnit.SECONDS);
        try {
            say("Starting PostgreSQL :" + POSTGRES_PORT + ", Kafka " + KafkaBroker.VERSION + " :" + KAFKA_PORT
                    + ", Keycloak " + Keycloak.VERSION + " :" + KEYCLOAK_PORT + " (on " + jdk.getFileName() + ")");
            CompletableFuture<Postgres> postgres = step("postgres", () -> {
                Postgres pg = Postgres.start(state.resolve("postgres"), POSTGRES_PORT);
                infrastructure.add(pg);
                pg.postmaster().ifPresent(p -> pids.record("postgres", p));
                for (String service : services) {
                    pg.ensureDatabase(database(service));
                }
                return pg;
            });
            CompletableFuture<KafkaBroker> kafka = step("kafka", () -> {
                KafkaBroker broker = KafkaBroker.start(root, state.resolve("kafka"), KAFKA_PORT, KAFKA_CONTROLLER_PORT, java);
                infrastructure.add(broker);
                pids.record("kafka", broker.process());
                return broker;
            });
            CompletableFuture<Keycloak> keycloak = step("keycloak", () -> {
                Keycloak kc = Keycloak.start(state.resolve("keycloak"), KEYCLOAK_PORT,
                        root.resolve("keycloak/realm-meridian.json"), REALM);
                infrastructure.add(kc);
                ProcessHandle.of(kc.pid()).ifPresent(p -> pids.recordTree("keycloak", p));
                return kc;
            });
            CompletableFuture.allOf(postgres, kafka, keycloak).join();
            Postgres pg = postgres.join();
            String realmUrl = keycloak.join().realmUrl();

            List<CompletableFuture<QuarkusApp>> starting = new ArrayList<>();
            for (String service : services) {
                Map<String, String> env = new LinkedHashMap<>();
                String prefix = database(service).toUpperCase();
                env.put(prefix + "_DB_URL", pg.jdbcUrl(database(service)));
                env.put(prefix + "_DB_USER", database(service));
                env.put(prefix + "_DB_PASSWORD", database(service));
                env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.join().bootstrapServers());
                env.put("OIDC_AUTH_SERVER_URL", realmUrl);
                if (service.equals("partners-service")) {
                    // The daily expiry job every minute, so the demo's agreements near or past their expiry date show
                    // as expiring / expired right after loading (the job is idempotent within a day).
                    env.put("PARTNERS_EXPIRY_CRON", "0 * * * * ?");
                }
                starting.add(step(service, () -> startApp(service, SERVICES.get(service), env, java)));
            }
            CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).join();

            Map<String, String> gatewayEnv = new LinkedHashMap<>();
            for (String service : SERVICES.keySet()) {
                gatewayEnv.put(database(service).toUpperCase() + "_URL", "http://localhost:" + SERVICES.get(service));
            }
            gatewayEnv.put("OIDC_AUTH_SERVER_URL", realmUrl);
            gatewayEnv.put("GATEWAY_PUBLIC_HTTPS", "false");
            gatewayEnv.put("GATEWAY_SPA_DIR", spaDir().toString());
            step("gateway", () -> startApp("gateway", GATEWAY_PORT, gatewayEnv, java)).join();

            Path marker = state.resolve("demo-loaded");
            if (!Files.exists(marker) || pg.initialised()) { // first start, --fresh, or a database removed by hand
                step("demo data", () -> {
                    DemoData demo = new DemoData("http://localhost:" + GATEWAY_PORT, realmUrl, "zhang.wei", "zhang.wei-demo",
                            line -> say("  demo data: " + line));
                    String summary = demo.loadPartners(root.resolve("devstack/demo/partners"));
                    write(marker, LocalDate.now(ZoneId.of("Asia/Shanghai")) + " " + summary + "\n");
                    say("  demo data: " + summary);
                    return summary;
                }).join();
            } else {
                say("Demo data already loaded (" + read(marker).trim() + "); ./meridian up --fresh starts over");
            }
        } catch (RuntimeException e) {
            ticker.shutdownNow();
            Throwable cause = e.getCause() != null && e instanceof java.util.concurrent.CompletionException ? e.getCause() : e;
            System.err.println("\n✗ " + cause.getMessage());
            if (!(cause instanceof IllegalStateException)) {
                cause.printStackTrace(); // not a failure the launcher explains itself
            }
            System.err.println("Stopping what was started…");
            stopAll();
            return 1;
        }
        ticker.shutdownNow();
        System.gc(); // give back the heap of the start-up (unpacking, JSON) before the RSS figures
        // Everything a piece started (kc.sh's JVM, postgres backends…), so that down finds them all.
        ProcessHandle.current().descendants().forEach(p -> pids.record(nameOf(p), p));
        summary(services);
        write(state.resolve("ready"), Long.toString(ProcessHandle.current().pid()));
        if (detached) {
            say("Running in the background; ./meridian down stops it.");
        } else {
            say("Ctrl-C stops everything.");
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private QuarkusApp startApp(String name, int port, Map<String, String> env, String java) {
        Path jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        QuarkusApp app = QuarkusApp.start(name, jar, port, env, java, logs().resolve(name + ".log"));
        synchronized (apps) {
            apps.add(app);
        }
        pids.record(name, app.process());
        return app.awaitReady(Duration.ofMinutes(3));
    }

    /** The SPA's built files if the frontend exists, else a placeholder page saying how to get it. */
    private Path spaDir() {
        Path dist = root.resolve("frontend/dist");
        if (Files.isRegularFile(dist.resolve("index.html"))) {
            return dist;
        }
        Path placeholder = state.resolve("spa");
        write(placeholder.resolve("index.html"), """
                <!doctype html><html lang="en"><meta charset="utf-8"><title>Meridian</title>
                <body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
                <h1>Meridian</h1>
                <p>The gateway is running; the web application (frontend/) is not built in this checkout yet.</p>
                <p><a href="/auth/login?redirect=/api/partners/institutions">Sign in</a> and read the API,
                or see the <a href="/q/swagger-ui">API documentation</a>.</p>
                </body></html>
                """);
        return placeholder;
    }

    private static String database(String service) {
        return service.replace("-service", "");
    }

    private <T> CompletableFuture<T> step(String name, Supplier<T> work) {
        say("… " + name + " starting");
        waiting.put(name, System.nanoTime());
        return CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            T result = work.get();
            waiting.remove(name);
            say("✓ " + name + " ready in " + seconds(System.nanoTime() - start) + " (at " + elapsed() + ")");
            return result;
        }, runnable -> {
            Thread thread = new Thread(runnable, "start-" + name);
            thread.start();
        });
    }

    private void tick() {
        if (!waiting.isEmpty()) {
            say("  " + elapsed() + " waiting for " + String.join(", ", waiting.keySet()));
        }
    }

    private void summary(List<String> services) {
        StringBuilder out = new StringBuilder();
        out.append("\nMeridian is up in ").append(elapsed()).append(": http://localhost:").append(GATEWAY_PORT).append('\n');
        out.append("  API docs     http://localhost:").append(GATEWAY_PORT).append("/q/swagger-ui\n");
        out.append("  Keycloak     http://localhost:").append(KEYCLOAK_PORT).append("/admin (admin / admin)\n");
        out.append("  PostgreSQL   127.0.0.1:").append(POSTGRES_PORT).append(" (user = password = database: ")
                .append(String.join(", ", services.stream().map(Launcher::database).toList())).append(")\n");
        out.append("  Kafka        127.0.0.1:").append(KAFKA_PORT).append('\n');
        out.append("\nDemo users (password = user name + \"-demo\", e.g. wang.fang / wang.fang-demo):\n");
        for (String user : demoUsers()) {
            out.append("  ").append(user).append('\n');
        }
        out.append("\nProcesses (RSS):\n");
        long total = 0;
        for (Map.Entry<String, List<Pids.Entry>> piece : pids.byName().entrySet()) {
            long kb = piece.getValue().stream().mapToLong(e -> e.handle().map(h -> Pids.rssKb(h.pid())).orElse(0L)).sum();
            total += kb;
            String main = piece.getValue().stream().map(e -> Long.toString(e.pid())).reduce((a, b) -> a + "," + b).orElse("");
            out.append(String.format("  %-20s %6d MB   PID %-18s log %s%n", piece.getKey(), kb / 1024, main,
                    root.relativize(logOf(piece.getKey()))));
        }
        out.append(String.format("  %-20s %6d MB%n", "total", total / 1024));
        out.append("\nLogs: ./meridian logs <name>   Status: ./meridian status   Stop: ./meridian down\n");
        System.out.print(out);
        System.out.flush();
    }

    /** The demo users table of keycloak/README.md, one line per user. */
    private List<String> demoUsers() {
        List<String> users = new ArrayList<>();
        try {
            boolean inSection = false;
            for (String line : Files.readAllLines(root.resolve("keycloak/README.md"))) {
                if (line.startsWith("## ")) {
                    inSection = line.toLowerCase().contains("demo users");
                    continue;
                }
                if (inSection && line.startsWith("| `")) {
                    String[] cells = line.split("\\|");
                    users.add(String.format("%-14s %-20s %s", cells[1].trim().replace("`", ""), cells[2].trim(),
                            cells.length > 3 ? cells[3].trim() : ""));
                }
            }
        } catch (IOException e) {
            users.add("(see keycloak/README.md)");
        }
        return users;
    }

    private Path logOf(String name) {
        return switch (name) {
            case "launcher" -> logs().resolve("launcher.log");
            case "postgres" -> state.resolve("postgres/postgres.log");
            case "kafka" -> state.resolve("kafka/kafka.log");
            case "keycloak" -> state.resolve("keycloak/keycloak.log");
            default -> logs().resolve(name + ".log");
        };
    }

    private Path logs() {
        return state.resolve("logs");
    }

    private String nameOf(ProcessHandle process) {
        for (Pids.Entry entry : pids.read()) {
            if (process.parent().map(ProcessHandle::pid).orElse(-1L) == entry.pid() && !entry.name().equals("launcher")) {
                return entry.name();
            }
        }
        String command = process.info().commandLine().orElse("");
        if (command.contains("keycloak")) {
            return "keycloak";
        }
        if (command.contains("postgres")) {
            return "postgres";
        }
        return "other";
    }

    /** Stops, in reverse order of start, what this launcher started: gateway, services, then the infrastructure. */
    private synchronized void stopAll() {
        if (stopping) {
            return;
        }
        stopping = true;
        say("Stopping…");
        List<AutoCloseable> appsToStop;
        synchronized (apps) {
            appsToStop = new ArrayList<>(apps);
        }
        AutoCloseable gateway = appsToStop.stream().filter(a -> ((QuarkusApp) a).name().equals("gateway")).findFirst().orElse(null);
        if (gateway != null) {
            closeQuietly(gateway);
            appsToStop.remove(gateway);
        }
        appsToStop.parallelStream().forEach(Launcher::closeQuietly);
        new ArrayList<>(infrastructure).parallelStream().forEach(Launcher::closeQuietly);
        // Whatever is still recorded and alive, and whatever this JVM started that was not recorded yet (a piece
        // still starting when another failed): TERM, then KILL.
        List<ProcessHandle> left = new ArrayList<>(pids.read().stream().filter(e -> !e.name().equals("launcher"))
                .flatMap(e -> e.handle().stream()).toList());
        left.addAll(ProcessHandle.current().descendants().toList());
        Pids.stop(left, Duration.ofSeconds(20));
        deleteRecursively(state.resolve("ready"));
        pids.retire();
        say("Stopped.");
        stopped.countDown();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            System.err.println("  while stopping: " + e.getMessage());
        }
    }

    /** Processes of an earlier run whose launcher died without stopping them (recorded PIDs only). */
    private void stopLeftovers() {
        List<ProcessHandle> left = pids.read().stream().flatMap(e -> e.handle().stream()).toList();
        if (!left.isEmpty()) {
            say("Stopping " + left.size() + " process(es) left by an earlier run (recorded in " + pids.file() + ")");
            Pids.stop(left, Duration.ofSeconds(20));
        }
        pids.retire();
        deleteRecursively(state.resolve("ready"));
    }

    // ------------------------------------------------------------------------------------------------ ports

    private void checkPorts(List<String> services) {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(POSTGRES_PORT, "PostgreSQL");
        ports.put(KAFKA_PORT, "Kafka");
        ports.put(KAFKA_CONTROLLER_PORT, "Kafka's controller");
        ports.put(KEYCLOAK_PORT, "Keycloak");
        for (String service : services) {
            ports.put(SERVICES.get(service), service);
        }
        ports.put(GATEWAY_PORT, "the gateway");
        List<String> taken = new ArrayList<>();
        for (Map.Entry<Integer, String> port : ports.entrySet()) {
            if (KafkaBroker.accepts("127.0.0.1", port.getKey()) || KafkaBroker.accepts("::1", port.getKey())
                    || !bindable(port.getKey())) {
                taken.add("  port " + port.getKey() + " (for " + port.getValue() + ") is in use by " + user(port.getKey()));
            }
        }
        if (!taken.isEmpty()) {
            throw new IllegalStateException("Cannot start: ports are taken\n" + String.join("\n", taken)
                    + "\nStop that process (or ./meridian down if it is an earlier run of this checkout) and try again.");
        }
    }

    private static boolean bindable(int port) {
        try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress("0.0.0.0", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** What listens on the port, from {@code ss -ltnp}. */
    private static String user(int port) {
        try {
            Process ss = new ProcessBuilder("ss", "-ltnpH", "sport = :" + port).redirectErrorStream(true).start();
            String out = new String(ss.getInputStream().readAllBytes()).trim();
            ss.waitFor(5, TimeUnit.SECONDS);
            java.util.regex.Matcher users = java.util.regex.Pattern.compile("users:\\(\\((.*?)\\)\\)").matcher(out);
            if (users.find()) {
                String pid = users.group(1).replaceAll(".*pid=(\\d+).*", "$1");
                String command = ProcessHandle.of(Long.parseLong(pid)).flatMap(h -> h.info().commandLine())
                        .map(c -> c.replaceAll("\\s+", " "))
                        .map(c -> c.length() > 120 ? c.substring(0, 120) + "…" : c).orElse("");
                return users.group(1) + (command.isEmpty() ? "" : " — " + command);
            }
            return out.isEmpty() ? "another process" : out;
        } catch (IOException | RuntimeException e) {
            return "another process (ss is not available to name it)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "another process";
        }
    }

    // ------------------------------------------------------------------------------------------------ down, status

    int down() {
        List<Pids.Entry> entries = pids.read();
        if (entries.isEmpty()) {
            say("Nothing to stop (no " + root.relativize(pids.file()) + ").");
            return 0;
        }
        Optional<ProcessHandle> launcher = entries.stream().filter(e -> e.name().equals("launcher"))
                .flatMap(e -> e.handle().stream()).findFirst();
        if (launcher.isPresent()) {
            say("Stopping Meridian (launcher PID " + launcher.get().pid() + ")…");
            launcher.get().destroy();
            try {
                launcher.get().onExit().get(120, TimeUnit.SECONDS);
            } catch (Exception e) {
                say("The launcher did not stop within 120 s; stopping its processes one by one.");
                launcher.get().destroyForcibly();
            }
        }
        List<ProcessHandle> left = entries.stream().filter(e -> !e.name().equals("launcher"))
                .flatMap(e -> e.handle().stream()).toList();
        if (!left.isEmpty()) {
            say("Stopping " + left.size() + " recorded process(es) that are still running…");
            Pids.stop(left, Duration.ofSeconds(20));
        }
        pids.retire();
        deleteRecursively(state.resolve("ready"));
        List<Pids.Entry> still = entries.stream().filter(e -> e.handle().isPresent()).toList();
        if (!still.isEmpty()) {
            still.forEach(e -> System.err.println("  still running: " + e.name() + " PID " + e.pid()));
            return 1;
        }
        say("Stopped; no process of this run is left.");
        return 0;
    }

    int status() {
        Map<String, List<Pids.Entry>> pieces = pids.byName();
        if (pieces.isEmpty()) {
            say("Meridian is not running (./meridian up starts it).");
            return 3;
        }
        boolean ready = Files.exists(state.resolve("ready"));
        say("Meridian " + (ready ? "is up" : "is starting or stopping") + ":");
        boolean allHealthy = true;
        for (Map.Entry<String, List<Pids.Entry>> piece : pieces.entrySet()) {
            String name = piece.getKey();
            long alive = piece.getValue().stream().filter(e -> e.handle().isPresent()).count();
            long kb = piece.getValue().stream().mapToLong(e -> e.handle().map(h -> Pids.rssKb(h.pid())).orElse(0L)).sum();
            String health = health(name);
            allHealthy &= alive > 0 && (health.startsWith("UP") || health.equals("-"));
            System.out.printf("  %-20s %-7s %-34s %6d MB  PID %s%n", name, alive > 0 ? "running" : "STOPPED", health,
                    kb / 1024, piece.getValue().stream().map(e -> Long.toString(e.pid())).reduce((a, b) -> a + "," + b).orElse(""));
        }
        return ready && allHealthy ? 0 : 1;
    }

    private String health(String name) {
        return switch (name) {
            case "launcher", "other" -> "-";
            case "postgres" -> KafkaBroker.accepts("127.0.0.1", POSTGRES_PORT) ? "UP (:" + POSTGRES_PORT + ")" : "DOWN";
            case "kafka" -> KafkaBroker.accepts("127.0.0.1", KAFKA_PORT) ? "UP (:" + KAFKA_PORT + ")" : "DOWN";
            case "keycloak" -> httpHealth("http://localhost:" + KEYCLOAK_PORT + "/realms/" + REALM + "/.well-known/openid-configuration");
            case "gateway" -> httpHealth("http://localhost:" + GATEWAY_PORT + "/q/health/ready");
            default -> SERVICES.containsKey(name) ? httpHealth("http://localhost:" + SERVICES.get(name) + "/q/health/ready") : "-";
        };
    }

    private static String httpHealth(String url) {
        int status = QuarkusApp.status(url);
        return status == 200 ? "UP (" + url.replaceAll("http://localhost(:\\d+).*", "$1") + ")"
                : status < 0 ? "DOWN (no answer)" : "DOWN (HTTP " + status + ")";
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private String elapsed() {
        return seconds(System.nanoTime() - started);
    }

    private static String seconds(long nanos) {
        return String.format("%.1f s", nanos / 1e9);
    }

    /** The launcher's output both on the terminal and in its log. */
    private static void teeOutputTo(Path log) {
        try {
            Files.createDirectories(log.getParent());
            java.io.OutputStream file = Files.newOutputStream(log);
            java.io.PrintStream terminal = System.out;
            java.io.OutputStream both = new java.io.OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    terminal.write(b);
                    file.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    terminal.write(bytes, offset, length);
                    file.write(bytes, offset, length);
                }

                @Override
                public void flush() throws IOException {
                    terminal.flush();
                    file.flush();
                }
            };
            System.setOut(new java.io.PrintStream(both, true, java.nio.charset.StandardCharsets.UTF_8));
            System.setErr(System.out);
        } catch (IOException e) {
            System.err.println("(no launcher log: " + e.getMessage() + ")");
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path file : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + path, e);
        }
    }

    private static int featureVersion(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // no release file
        }
        return Runtime.version().feature();
    }

    static String buildProperty(String name) {
        try (InputStream in = Launcher.class.getResourceAsStream("/devstack.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty(name);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("devstack.properties is missing from the build", e);
        }
    }
}
