package edu.meridian.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the launcher tells about a running suite: the summary after {@code up} (addresses, demo users, processes and
 * their memory) and {@code ./meridian status} (each piece's health).
 */
final class Report {

    private final Path root;
    private final Path state;
    private final Pids pids;
    private final List<Service> services;

    Report(Path root, Path state, Pids pids, List<Service> services) {
        this.root = root;
        this.state = state;
        this.pids = pids;
        this.services = services;
    }

    void up(String elapsed) {
        StringBuilder out = new StringBuilder();
        out.append("\nMeridian is up in ").append(elapsed).append(": http://localhost:").append(Ports.GATEWAY).append('\n');
        out.append("  API docs     http://localhost:").append(Ports.GATEWAY).append("/q/swagger-ui\n");
        out.append("  Keycloak     http://localhost:").append(Ports.KEYCLOAK).append("/admin (admin / admin)\n");
        out.append("  PostgreSQL   127.0.0.1:").append(Ports.POSTGRES).append(" (user = password = database: ")
                .append(String.join(", ", services.stream().map(Service::database).toList())).append(")\n");
        out.append("  Kafka        127.0.0.1:").append(Ports.KAFKA).append('\n');
        out.append("\nDemo users (password = user name + \"-demo\", e.g. wang.fang / wang.fang-demo):\n");
        for (String user : demoUsers()) {
            out.append("  ").append(user).append('\n');
        }
        out.append("\nProcesses (RSS):\n");
        long total = 0;
        for (Map.Entry<String, List<Pids.Entry>> piece : pids.byName().entrySet()) {
            long kb = rssKb(piece.getValue());
            total += kb;
            out.append(String.format("  %-20s %6d MB   PID %-18s log %s%n", piece.getKey(), kb / 1024,
                    pidList(piece.getValue()), root.relativize(logOf(piece.getKey()))));
        }
        out.append(String.format("  %-20s %6d MB%n", "total", total / 1024));
        out.append("\nLogs: ./meridian logs <name>   Status: ./meridian status   Stop: ./meridian down\n");
        System.out.print(out);
        System.out.flush();
    }

    /** Prints each piece's health; 0 if the suite is up and everything is healthy, 3 if it is not running. */
    int status() {
        Map<String, List<Pids.Entry>> pieces = pids.byName();
        if (pieces.isEmpty()) {
            Progress.say("Meridian is not running (./meridian up starts it).");
            return 3;
        }
        boolean ready = Files.exists(state.resolve("ready"));
        Progress.say("Meridian " + (ready ? "is up" : "is starting or stopping") + ":");
        boolean allHealthy = true;
        for (Map.Entry<String, List<Pids.Entry>> piece : pieces.entrySet()) {
            long alive = piece.getValue().stream().filter(e -> e.handle().isPresent()).count();
            String health = health(piece.getKey());
            allHealthy &= alive > 0 && (health.startsWith("UP") || health.equals("-"));
            System.out.printf("  %-20s %-7s %-34s %6d MB  PID %s%n", piece.getKey(), alive > 0 ? "running" : "STOPPED",
                    health, rssKb(piece.getValue()) / 1024, pidList(piece.getValue()));
        }
        return ready && allHealthy ? 0 : 1;
    }

    Path logOf(String name) {
        return switch (name) {
            case "postgres" -> state.resolve("postgres/postgres.log");
            case "kafka" -> state.resolve("kafka/kafka.log");
            case "keycloak" -> state.resolve("keycloak/keycloak.log");
            default -> state.resolve("logs").resolve(name + ".log");
        };
    }

    private String health(String name) {
        Optional<Service> service = services.stream().filter(s -> s.name().equals(name)).findFirst();
        return switch (name) {
            case "launcher", "other" -> "-";
            case "postgres" -> Ports.accepts("127.0.0.1", Ports.POSTGRES) ? "UP (:" + Ports.POSTGRES + ")" : "DOWN";
            case "kafka" -> Ports.accepts("127.0.0.1", Ports.KAFKA) ? "UP (:" + Ports.KAFKA + ")" : "DOWN";
            case "keycloak" -> httpHealth("http://localhost:" + Ports.KEYCLOAK + "/realms/" + Launcher.REALM
                    + "/.well-known/openid-configuration");
            case "gateway" -> httpHealth("http://localhost:" + Ports.GATEWAY + "/q/health/ready");
            default -> service.map(s -> httpHealth(s.url() + "/q/health/ready")).orElse("-");
        };
    }

    private static String httpHealth(String url) {
        int status = QuarkusApp.status(url);
        return status == 200 ? "UP (" + url.replaceAll("http://localhost(:\\d+).*", "$1") + ")"
                : status < 0 ? "DOWN (no answer)" : "DOWN (HTTP " + status + ")";
    }

    private static long rssKb(List<Pids.Entry> entries) {
        return entries.stream().mapToLong(e -> e.handle().map(h -> Pids.rssKb(h.pid())).orElse(0L)).sum();
    }

    private static String pidList(List<Pids.Entry> entries) {
        return String.join(",", entries.stream().map(e -> Long.toString(e.pid())).toList());
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
}
