package edu.meridian.admissions;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The settings of admissions-service. */
@ConfigMapping(prefix = "admissions")
public interface AdmissionsConfig {

    Documents documents();

    Compliance compliance();

    interface Documents {
        /** The largest application document accepted, in bytes (suffixes K, M allowed). */
        @WithDefault("10M")
        MemorySize maxSize();
    }

    interface Compliance {
        /** How often the students' compliance clocks are checked for alerts ({@code off} in tests, which run it). */
        @WithDefault("15m")
        String every();
    }
}
