package io.attune.console.load;

import io.attune.engine.load.LoadRules;
import io.attune.storage.SettingsRow;
import io.attune.storage.SettingsRow.Versioned;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The load rules in force, in table {@code admin_load_rules} (one row, seeded from {@code attune.console.load}),
 * so every instance applies the same. Read per use, not cached: one row by its key, a few times per queue change.
 */
@Repository
public class LiveLoadRules {

    private final SettingsRow<LoadRules> row;
    private final LoadRules defaults;
    private final Clock clock;

    LiveLoadRules(JdbcClient jdbc, LoadProperties properties, Clock clock) {
        this.row = new SettingsRow<>(jdbc, "admin_load_rules", LoadRules.class);
        this.defaults = properties.rules();
        this.clock = clock;
    }

    public LoadRules current() {
        return versioned().settings();
    }

    public Versioned<LoadRules> versioned() {
        return row.load().orElseGet(() -> {
            row.seed(defaults, "application.yml", clock.instant());
            return row.load().orElseThrow();
        });
    }

    /** @return false when another admin saved since {@code basedOn} (nothing is changed then) */
    public boolean change(long basedOn, LoadRules next, String by) {
        return row.replace(basedOn, next, by, clock.instant()).isPresent();
    }
}
