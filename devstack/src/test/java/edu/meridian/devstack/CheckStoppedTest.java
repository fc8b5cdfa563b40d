package edu.meridian.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** devstack/check-stopped.sh, run on a copy of the script against a pids.last written here. */
class CheckStoppedTest {

    @TempDir
    Path root;

    private Process sleeper;
    private long sleeperStart;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(root.resolve("devstack"));
        Files.createDirectories(root.resolve(".devstack"));
        Files.copy(Path.of("check-stopped.sh"), root.resolve("devstack/check-stopped.sh"));
        sleeper = new ProcessBuilder("sleep", "60").start();
        sleeperStart = sleeper.toHandle().info().startInstant().orElseThrow().toEpochMilli();
    }

    @AfterEach
    void stopSleeper() throws InterruptedException {
        sleeper.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }

    @Test
    void aRecordedProcessThatStillRunsFailsTheCheck() throws Exception {
        record("kafka " + sleeper.pid() + " " + sleeperStart);

        Result result = check();

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.output()).contains("kafka (PID " + sleeper.pid() + ") is still running");
    }

    @Test
    void aPidNowUsedByAnotherProcessPassesTheCheck() throws Exception {
        record("kafka " + sleeper.pid() + " " + (sleeperStart - 3_600_000));

        Result result = check();

        assertThat(result.output()).contains("none of the 1 recorded processes is left");
        assertThat(result.code()).isZero();
    }

    @Test
    void aProcessThatEndedPassesTheCheck() throws Exception {
        record("kafka " + sleeper.pid() + " " + sleeperStart);
        sleeper.destroy();
        sleeper.waitFor(5, TimeUnit.SECONDS);

        assertThat(check().code()).isZero();
    }

    private void record(String line) throws IOException {
        Files.writeString(root.resolve(".devstack/pids.last"), line + "\n");
    }

    private record Result(int code, String output) {
    }

    private Result check() throws IOException, InterruptedException {
        Process script = new ProcessBuilder("bash", root.resolve("devstack/check-stopped.sh").toString())
                .redirectErrorStream(true).start();
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(script.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(script.exitValue(), output);
    }
}
