package edu.meridian.devstack;

import static edu.meridian.devstack.Progress.say;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The one-command local run behind {@code ./meridian}: PostgreSQL, Kafka and Keycloak in parallel, then the services
 * of {@code devstack/services.properties} whose module exists, then the gateway, each awaited until healthy; the
 * services' demo data on the first start; every process it starts recorded in {@code .devstack/pids} and stopped by
 * PID.
 *
 * <pre>
 * java -cp … edu.meridian.devstack.Launcher up [--fresh] [--detached]
 * java -cp … edu.meridian.devstack.Launcher down | status
 * </pre>
 */
public final class Launcher {

    static final String REALM = "meridian";
    /** The gateway client's secret in the demo realm (keycloak/realm-meridian.json; demo only). */
    static final String DEMO_GATEWAY_SECRET = "meridian-gateway-demo-secret";
    /** The secret of the directory's client in the demo realm (the gateway reads people and units with it). */
    static final String DEMO_DIRECTORY_SECRET = "meridian-directory-demo-secret";
    private static final ZoneId UNIVERSITY_TIME = ZoneId.of("Asia/Shanghai");

    private final Path root;
    private final Path state;
    private final Pids pids;
    /** Every service of the services file, whether its module exists or not. */
    private final List<Service> allServices;
    private final List<QuarkusApp> apps = new ArrayList<>();
    private final List<AutoCloseable> infrastructure = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopping;

    Launcher(Path root) {
        this.root = root;
        this.state = root.resolve(".devstack");
        this.pids = new Pids(state.resolve("pids"));
        this.allServices = Service.readAll(root.resolve("devstack/services.properties"));
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("meridian.root", ".")).toAbsolutePath().normalize();
        String command = args.length == 0 ? "status" : args[0];
        List<String> options = List.of(args).subList(Math.min(1, args.length), args.length);
        try {
            Launcher launcher = new Launcher(root);
            int code = switch (command) {
                case "up" -> launcher.up(options.contains("--fresh"), options.contains("--detached"));
                case "down" -> launcher.down();
                case "status" -> launcher.report(launcher.allServices).status();
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
            Progress.teeOutputTo(logs().resolve("launcher.log")); // detached, the script sends the output there already
        }
        Optional<Pids.Entry> running = pids.read().stream().filter(e -> e.name().equals("launcher"))
                .filter(e -> e.handle().isPresent()).findFirst();
        if (running.isPresent()) {
            System.err.println("Meridian is already running (launcher PID " + running.get().pid()
                    + "); ./meridian status shows it, ./meridian down stops it.");
            return 1;
        }
        stopLeftovers();
        List<Service> services = allServices.stream()
                .filter(service -> Files.isRegularFile(root.resolve(service.name()).resolve("pom.xml"))).toList();
        Ports.checkFree(ports(services));
        Path jdk = Keycloak.newestJdk();
        int jdkVersion = Keycloak.featureVersion(jdk);
        if (jdkVersion < 21) {
            say("! Keycloak prefers a JDK 21+; the newest found is " + jdk + " (" + jdkVersion
                    + "). It runs on 17, but install a JDK 21+ (e.g. under /usr/lib/jvm) to follow Keycloak's advice.");
        }
        if (fresh) {
            say("--fresh: removing the data of PostgreSQL and Kafka (downloads and builds are kept)");
            Folders.delete(state.resolve("postgres/data"));
            Folders.delete(state.resolve("kafka/data"));
            Folders.delete(demoMarker());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "meridian-stop"));
        pids.record("launcher", ProcessHandle.current());
        String java = ProcessHandle.current().info().command().orElse("java");

        Progress progress = new Progress();
        try (progress) {
            say("Starting PostgreSQL :" + Ports.POSTGRES + ", Kafka " + KafkaBroker.VERSION + " :" + Ports.KAFKA
                    + ", Keycloak " + Keycloak.VERSION + " :" + Ports.KEYCLOAK + " (on " + jdk.getFileName() + ")");
            CompletableFuture<Postgres> postgres = progress.step("postgres", () -> {
                Postgres pg = Postgres.start(state.resolve("postgres"), Ports.POSTGRES);
                infrastructure.add(pg);
                pg.postmaster().ifPresent(p -> pids.record("postgres", p));
                for (Service service : services) {
                    pg.ensureDatabase(service.database());
                }
                return pg;
            });
            CompletableFuture<KafkaBroker> kafka = progress.step("kafka", () -> {
                KafkaBroker broker = KafkaBroker.start(root, state.resolve("kafka"), Ports.KAFKA, Ports.KAFKA_CONTROLLER, java);
                infrastructure.add(broker);
                pids.record("kafka", broker.process());
                return broker;
            });
            CompletableFuture<Keycloak> keycloak = progress.step("keycloak", () -> {
                Keycloak kc = Keycloak.start(state.resolve("keycloak"), Ports.KEYCLOAK,
                        root.resolve("keycloak/realm-meridian.json"), REALM);
                infrastructure.add(kc);
                ProcessHandle.of(kc.pid()).ifPresent(p -> pids.recordTree("keycloak", p));
                return kc;
            });
            CompletableFuture.allOf(postgres, kafka, keycloak).join();
            Postgres pg = postgres.join();
            String realmUrl = keycloak.join().realmUrl();

            String personalDataKeys = SessionSecret.personalDataKeys(state.resolve("personal-data-keys"));
            List<CompletableFuture<QuarkusApp>> starting = new ArrayList<>();
            for (Service service : services) {
                Map<String, String> env = service.environment(pg.jdbcUrl(service.database()),
                        kafka.join().bootstrapServers(), realmUrl, personalDataKeys);
                starting.add(progress.step(service.name(), () -> startApp(service.name(), service.port(), env, java)));
            }
            CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).join();

            Map<String, String> gatewayEnv = new LinkedHashMap<>();
            for (Service service : allServices) {
                gatewayEnv.put(service.gatewayEnv(), service.url());
            }
            gatewayEnv.put("OIDC_AUTH_SERVER_URL", realmUrl);
            gatewayEnv.put("GATEWAY_PUBLIC_HTTPS", "false");
            gatewayEnv.put("GATEWAY_SPA_DIR", spaDir().toString());
            gatewayEnv.put("OIDC_CLIENT_SECRET", DEMO_GATEWAY_SECRET);
            gatewayEnv.put("DIRECTORY_CLIENT_SECRET", DEMO_DIRECTORY_SECRET);
            gatewayEnv.put("GATEWAY_SESSION_SECRET", SessionSecret.of(state.resolve("session-secret")));
            progress.step("gateway", () -> startApp("gateway", Ports.GATEWAY, gatewayEnv, java)).join();

            loadDemoData(services, pg.initialised(), realmUrl, progress);

            System.gc(); // give back the heap of the start-up (unpacking, JSON) before the RSS figures
            // Everything a piece started (kc.sh's JVM, postgres backends…), so that down finds them all.
            ProcessHandle.current().descendants().forEach(p -> pids.record(nameOf(p), p));
            report(services).up(progress.elapsed());
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            System.err.println("\n✗ " + cause.getMessage());
            if (!(cause instanceof IllegalStateException)) {
                cause.printStackTrace(); // not a failure the launcher explains itself
            }
            System.err.println("Stopping what was started…");
            stopAll();
            return 1;
        }
        Folders.write(state.resolve("ready"), Long.toString(ProcessHandle.current().pid()));
        say(detached ? "Running in the background; ./meridian down stops it." : "Ctrl-C stops everything.");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The fixed ports of the run, each with what it is for. */
    private static Map<Integer, String> ports(List<Service> services) {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(Ports.POSTGRES, "PostgreSQL");
        ports.put(Ports.KAFKA, "Kafka");
        ports.put(Ports.KAFKA_CONTROLLER, "Kafka's controller");
        ports.put(Ports.KEYCLOAK, "Keycloak");
        for (Service service : services) {
            ports.put(service.port(), service.name());
        }
        ports.put(Ports.GATEWAY, "the gateway");
        return ports;
    }

    private QuarkusApp startApp(String name, int port, Map<String, String> env, String java) {
        env = new LinkedHashMap<>(env);
        // The launcher and smoke.sh sign in through the demo realm's password-grant client.
        env.put("MERIDIAN_TOKEN_AUTHORISED_PARTIES", "meridian-gateway,meridian-campus,meridian-cli");
        Path jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        QuarkusApp app = QuarkusApp.start(name, jar, port, env, java, logs().resolve(name + ".log"));
        synchronized (apps) {
            apps.add(app);
        }
        pids.record(name, app.process());
        return app.awaitReady(Duration.ofMinutes(3));
    }

    /**
     * The demo data of every service that has a demo folder, through the gateway as the demo office-admin (or the demo
     * user a record names with {@code $as}), in the order of the services file (a later service may refer to an
     * earlier one's records). Loaded when a service's
     * data is not recorded as loaded in {@code .devstack/demo-loaded}, or when the databases are new; loading is
     * idempotent, so the services loaded before only find their records again.
     */
    private void loadDemoData(List<Service> services, boolean newDatabases, String realmUrl, Progress progress) {
        List<Service> withDemo = services.stream().filter(service -> service.demo().isPresent()).toList();
        if (withDemo.isEmpty()) {
            return;
        }
        List<String> loaded = Folders.read(demoMarker()).lines().map(line -> line.split(" ", 2)[0]).toList();
        if (!newDatabases && withDemo.stream().allMatch(service -> loaded.contains(service.name()))) {
            say("Demo data already loaded (" + String.join("; ", Folders.read(demoMarker()).strip().lines().toList())
                    + "); ./meridian up --fresh starts over");
            return;
        }
        progress.step("demo data", () -> {
            LocalDate today = LocalDate.now(UNIVERSITY_TIME);
            String gateway = "http://localhost:" + Ports.GATEWAY;
            GatewayClient api = new GatewayClient(gateway, realmUrl, "zhang.wei", "zhang.wei-demo");
            // Students' applications are loaded as the students themselves (the demo password is <user>-demo).
            DemoData demo = new DemoData(api, user -> new GatewayClient(gateway, realmUrl, user, user + "-demo"),
                    new DemoDates(today), line -> say("  demo data: " + line));
            StringBuilder record = new StringBuilder();
            for (Service service : withDemo) {
                String summary = demo.load(DemoManifest.read(root.resolve("devstack/demo").resolve(service.demo().get())));
                say("  demo data of " + service.name() + ": " + summary);
                record.append(service.name()).append(' ').append(today).append(' ').append(summary).append('\n');
            }
            Folders.write(demoMarker(), record.toString());
            return record;
        }).join();
    }

    private Path demoMarker() {
        return state.resolve("demo-loaded");
    }

    /** The SPA's built files if the frontend exists, else a placeholder page saying how to get it. */
    private Path spaDir() {
        Path dist = root.resolve("frontend/dist");
        if (Files.isRegularFile(dist.resolve("index.html"))) {
            return dist;
        }
        Path placeholder = state.resolve("spa");
        Folders.write(placeholder.resolve("index.html"), """
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

    private Report report(List<Service> services) {
        return new Report(root, state, pids, services);
    }

    private Path logs() {
        return state.resolve("logs");
    }

    /** The name to record a process under: that of its recorded parent, else guessed from its command line. */
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

    // ------------------------------------------------------------------------------------------------ stop

    /** Stops, in reverse order of start, what this launcher started: gateway, services, then the infrastructure. */
    private synchronized void stopAll() {
        if (stopping) {
            return;
        }
        stopping = true;
        say("Stopping…");
        List<QuarkusApp> appsToStop;
        synchronized (apps) {
            appsToStop = new ArrayList<>(apps);
        }
        appsToStop.stream().filter(app -> app.name().equals("gateway")).findFirst().ifPresent(gateway -> {
            closeQuietly(gateway);
            appsToStop.remove(gateway);
        });
        appsToStop.parallelStream().forEach(Launcher::closeQuietly);
        new ArrayList<>(infrastructure).parallelStream().forEach(Launcher::closeQuietly);
        // Whatever is still recorded and alive, and whatever this JVM started that was not recorded yet (a piece
        // still starting when another failed): TERM, then KILL.
        List<ProcessHandle> left = new ArrayList<>(pids.read().stream().filter(e -> !e.name().equals("launcher"))
                .flatMap(e -> e.handle().stream()).toList());
        left.addAll(ProcessHandle.current().descendants().toList());
        Pids.stop(left, Duration.ofSeconds(20));
        Folders.delete(state.resolve("ready"));
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
        Folders.delete(state.resolve("ready"));
    }

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
        Folders.delete(state.resolve("ready"));
        List<Pids.Entry> still = entries.stream().filter(e -> e.handle().isPresent()).toList();
        if (!still.isEmpty()) {
            still.forEach(e -> System.err.println("  still running: " + e.name() + " PID " + e.pid()));
            return 1;
        }
        say("Stopped; no process of this run is left.");
        return 0;
    }
}
