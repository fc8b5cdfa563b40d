package edu.meridian.admissions;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** The settings of admissions-service. */
@ConfigMapping(prefix = "admissions")
public interface AdmissionsConfig {

    Documents documents();

    Letters letters();

    Compliance compliance();

    interface Documents {
        /** The largest application document accepted, in bytes (suffixes K, M allowed). */
        @WithDefault("10M")
        MemorySize maxSize();
    }

    /** Who signs the admission letters, where they are verified, and the fonts they are set in. */
    interface Letters {
        String universityEn();

        String universityZh();

        String officeEn();

        String officeZh();

        /** The public site's address; a letter prints {@code <this>/verify/<code>}. */
        URI publicSite();

        /** A TrueType font with the Latin accents of passport names; without it, fonts-dejavu-core's. */
        Optional<Path> latinFont();

        /** A TrueType (collection) font with Chinese; without it, fonts-wqy-zenhei's (or the others Debian has). */
        Optional<Path> chineseFont();
    }

    interface Compliance {
        /** How often the students' compliance clocks are checked for alerts ({@code off} in tests, which run it). */
        @WithDefault("15m")
        String every();
    }
}
