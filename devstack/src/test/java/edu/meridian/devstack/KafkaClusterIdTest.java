package edu.meridian.devstack;

import org.junit.jupiter.api.Test;

import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaClusterIdTest {

    @Test
    void neverStartsWithTheDashTheStorageToolWouldReadAsAnOption() {
        UUID encodesToLeadingDash = new UUID(0xF800_0000_0000_0000L, 1L);
        UUID ordinary = new UUID(0x0123_4567_89AB_CDEFL, 2L);
        Iterator<UUID> uuids = List.of(encodesToLeadingDash, ordinary).iterator();

        String id = KafkaBroker.clusterId(uuids::next);

        assertThat(id).hasSize(22).doesNotStartWith("-").startsWith("ASNFZ4");
    }
}
