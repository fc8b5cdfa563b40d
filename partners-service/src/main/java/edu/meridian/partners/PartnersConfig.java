package edu.meridian.partners;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "partners")
public interface PartnersConfig {

    Documents documents();

    Expiry expiry();

    Dormancy dormancy();

    interface Dormancy {
        /** When the daily dormancy check (institution.dormant / .reactivated) runs (Quartz cron, server's time). */
        @WithDefault("0 35 0 * * ?")
        String cron();
    }

    interface Expiry {
        /** When the daily expiry job runs (Quartz cron, in the server's time). */
        @WithDefault("0 5 0 * * ?")
        String cron();
    }

    interface Documents {
        /** The largest agreement document accepted, in bytes (suffixes K, M allowed). */
        @WithDefault("20M")
        io.quarkus.runtime.configuration.MemorySize maxSize();
    }
}
