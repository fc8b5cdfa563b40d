package edu.meridian.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * What the launcher says while it starts the suite: each step when it starts and when it is ready (with its time),
 * and every 5 s what it still waits for. Steps run in threads of their own, so independent ones run in parallel.
 */
final class Progress implements AutoCloseable {

    private final long started = System.nanoTime();
    private final Map<String, Long> waiting = new ConcurrentHashMap<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "progress");
        thread.setDaemon(true);
        return thread;
    });

    Progress() {
        ticker.scheduleAtFixedRate(this::tick, 5, 5, TimeUnit.SECONDS);
    }

    /** Starts the work in a thread of its own; its future fails with the work's exception. */
    <T> CompletableFuture<T> step(String name, Supplier<T> work) {
        say("… " + name + " starting");
        waiting.put(name, System.nanoTime());
        return CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            T result = work.get();
            waiting.remove(name);
            say("✓ " + name + " ready in " + seconds(System.nanoTime() - start) + " (at " + elapsed() + ")");
            return result;
        }, runnable -> new Thread(runnable, "start-" + name).start());
    }

    /** The time since the launcher started, e.g. {@code 41.3 s}. */
    String elapsed() {
        return seconds(System.nanoTime() - started);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }

    private void tick() {
        if (!waiting.isEmpty()) {
            say("  " + elapsed() + " waiting for " + String.join(", ", waiting.keySet()));
        }
    }

    private static String seconds(long nanos) {
        return String.format("%.1f s", nanos / 1e9);
    }

    static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** From now on, the launcher's output goes both to the terminal and to its log. */
    static void teeOutputTo(Path log) {
        try {
            Files.createDirectories(log.getParent());
            OutputStream file = Files.newOutputStream(log);
            PrintStream terminal = System.out;
            OutputStream both = new OutputStream() {
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
            System.setOut(new PrintStream(both, true, StandardCharsets.UTF_8));
            System.setErr(System.out);
        } catch (IOException e) {
            System.err.println("(no launcher log: " + e.getMessage() + ")");
        }
    }
}
