package edu.meridian.visits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "visits")
public interface VisitsConfig {

    Reports reports();

    interface Reports {
        /** A summary report due within this many days shows as due soon in the queue. */
        @WithDefault("5")
        int dueSoonDays();
    }
}
