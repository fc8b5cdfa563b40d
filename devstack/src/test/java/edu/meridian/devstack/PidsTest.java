package edu.meridian.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidsTest {

    @TempDir
    Path folder;

    private Process sleeper;

    @BeforeEach
    void startSleeper() throws IOException {
        sleeper = new ProcessBuilder("sleep", "60").start();
    }

    @AfterEach
    void stopSleeper() throws InterruptedException {
        sleeper.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }

    @Test
    void aRecordedProcessIsOursWhileItRuns() throws InterruptedException {
        Pids pids = new Pids(folder.resolve("pids"));
        pids.record("kafka", sleeper.toHandle());

        Pids.Entry entry = pids.read().get(0);
        assertThat(entry.name()).isEqualTo("kafka");
        assertThat(entry.handle()).map(ProcessHandle::pid).contains(sleeper.pid());

        sleeper.destroy();
        sleeper.waitFor(5, TimeUnit.SECONDS);
        assertThat(entry.handle()).isEmpty();
    }

    @Test
    void aPidNowUsedByAProcessThatStartedAtAnotherTimeIsNotOurs() {
        long started = sleeper.toHandle().info().startInstant().orElseThrow().toEpochMilli();
        Pids.Entry reused = new Pids.Entry("gateway", sleeper.pid(), started - 3_600_000);

        assertThat(reused.handle()).isEmpty();
    }

    @Test
    void aProcessWhoseStartTimeCannotBeReadIsNotOurs() {
        assertThat(Pids.startedAt(Optional.empty(), System.currentTimeMillis())).isFalse();
    }

    @Test
    void aStartTimeWithinTwoSecondsOfTheRecordedOneIsTheSameProcess() {
        Instant start = Instant.parse("2026-12-01T08:00:00Z");

        assertThat(Pids.startedAt(Optional.of(start), start.toEpochMilli() + 1_500)).isTrue();
        assertThat(Pids.startedAt(Optional.of(start), start.toEpochMilli() + 2_500)).isFalse();
    }
}
