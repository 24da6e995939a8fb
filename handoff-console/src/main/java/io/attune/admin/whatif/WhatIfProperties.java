package io.attune.admin.whatif;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the admin's what-if ({@code attune.admin.what-if}).
 *
 * @param listLimit        how many handed-over conversations the result lists (all are counted)
 * @param maxPending       what-if runs queued or running at once per instance; more are refused until one ends
 * @param keptResults      runs kept in the database (the most recent; older ones are deleted when a run starts)
 * @param progressInterval the running instance writes a run's progress at most this often
 * @param heartbeat        how often the running instance tells the others that its runs are still going
 * @param heartbeatTimeout an unfinished run not heard of for this long is reported failed: its instance stopped
 */
@ConfigurationProperties("attune.admin.what-if")
record WhatIfProperties(@DefaultValue("200") int listLimit, @DefaultValue("2") int maxPending,
                        @DefaultValue("20") int keptResults, @DefaultValue("250ms") Duration progressInterval,
                        @DefaultValue("5s") Duration heartbeat, @DefaultValue("30s") Duration heartbeatTimeout) {

    WhatIfProperties {
        if (keptResults < 1) {
            throw new IllegalArgumentException("attune.admin.what-if.kept-results must be at least 1");
        }
        if (heartbeatTimeout.compareTo(heartbeat.multipliedBy(2)) < 0) {
            // One late heartbeat (a GC pause, a slow query) must not fail a run that is still going.
            throw new IllegalArgumentException("attune.admin.what-if.heartbeat-timeout must be at least twice the heartbeat");
        }
    }
}
