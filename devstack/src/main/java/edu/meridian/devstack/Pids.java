package edu.meridian.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The processes the launcher started, one line each in {@code .devstack/pids}: {@code <name> <pid> <start millis>}.
 * The start time guards against PID reuse: a recorded PID whose process started at another time, or whose start time
 * cannot be read, is not ours. Processes are only ever stopped by these PIDs (TERM, then KILL after a timeout), never
 * by name.
 */
final class Pids {

    record Entry(String name, long pid, long startMillis) {

        /** The recorded process, if it still runs (and is the same process, not a reused PID). */
        Optional<ProcessHandle> handle() {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(h -> startedAt(h.info().startInstant(), startMillis));
        }

        String line() {
            return name + " " + pid + " " + startMillis;
        }
    }

    /**
     * Whether a process that started at {@code actual} is the one recorded with {@code recordedMillis}. A start time
     * that cannot be read proves nothing, so such a process is never taken for ours.
     */
    static boolean startedAt(Optional<Instant> actual, long recordedMillis) {
        return actual.map(start -> Math.abs(start.toEpochMilli() - recordedMillis) < 2_000).orElse(false);
    }

    private final Path file;

    Pids(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    synchronized void record(String name, ProcessHandle process) {
        long start = process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        Entry entry = new Entry(name, process.pid(), start);
        if (read().stream().anyMatch(e -> e.pid() == entry.pid())) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, entry.line() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records the process and everything it started so far (kc.sh and its JVM, pg_ctl's postmaster…). */
    void recordTree(String name, ProcessHandle process) {
        record(name, process);
        process.descendants().forEach(child -> record(name, child));
    }

    synchronized List<Entry> read() {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length == 3) {
                    entries.add(new Entry(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2])));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // a damaged file: what could be read
        }
        return entries;
    }

    /** Entries by name, in the order they were recorded. */
    Map<String, List<Entry>> byName() {
        Map<String, List<Entry>> names = new LinkedHashMap<>();
        for (Entry entry : read()) {
            names.computeIfAbsent(entry.name(), n -> new ArrayList<>()).add(entry);
        }
        return names;
    }

    /** Keeps the last run's record as {@code pids.last} (for the check that nothing is left) and removes the file. */
    synchronized void retire() {
        try {
            if (Files.exists(file)) {
                Files.move(file, file.resolveSibling(file.getFileName() + ".last"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** TERM to every process (children first), then KILL what is still there after the timeout. */
    static void stop(List<ProcessHandle> processes, Duration timeout) {
        List<ProcessHandle> alive = new ArrayList<>();
        for (ProcessHandle process : processes) {
            if (process.isAlive()) {
                alive.add(process);
                process.destroy();
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ProcessHandle process : alive) {
            long left = deadline - System.nanoTime();
            try {
                process.onExit().get(Math.max(1, left), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        }
        for (ProcessHandle process : alive) {
            try {
                process.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                // reported by the caller's check
            }
        }
    }

    /** Resident memory of one process in kB, from /proc; 0 if it is gone. */
    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return 0;
    }
}
