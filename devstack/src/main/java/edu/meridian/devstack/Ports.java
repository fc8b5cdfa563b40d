package edu.meridian.devstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fixed ports of a local run (architecture.md; the services' ports are in services.properties). */
final class Ports {

    static final int POSTGRES = 15432;
    static final int KAFKA = 9092;
    static final int KAFKA_CONTROLLER = 9093;
    static final int KEYCLOAK = 8180;
    static final int GATEWAY = 8080;

    private static final Pattern SS_USERS = Pattern.compile("users:\\(\\((.*?)\\)\\)");

    private Ports() {
    }

    /** Fails, naming the process that holds each, if any of the ports (port → what it is for) is taken. */
    static void checkFree(Map<Integer, String> ports) {
        List<String> taken = new ArrayList<>();
        for (Map.Entry<Integer, String> port : ports.entrySet()) {
            if (accepts("127.0.0.1", port.getKey()) || accepts("::1", port.getKey()) || !bindable(port.getKey())) {
                taken.add("  port " + port.getKey() + " (for " + port.getValue() + ") is in use by " + user(port.getKey()));
            }
        }
        if (!taken.isEmpty()) {
            throw new IllegalStateException("Cannot start: ports are taken\n" + String.join("\n", taken)
                    + "\nStop that process (or ./meridian down if it is an earlier run of this checkout) and try again.");
        }
    }

    /** Whether something accepts connections on the port. */
    static boolean accepts(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("0.0.0.0", port));
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
            Matcher users = SS_USERS.matcher(out);
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
}
