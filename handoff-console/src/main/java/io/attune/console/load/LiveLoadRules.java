package io.attune.console.load;

import io.attune.storage.StoredJson;
import io.attune.engine.load.LoadRules;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The load rules in force, in table {@code admin_load_rules} (one row, seeded from {@code attune.console.load}),
 * so every instance applies the same. Read per use: one row by its key, a few times per queue change.
 */
@Repository
public class LiveLoadRules {

    private static final int ROW = 1;

    private final JdbcClient jdbc;
    private final LoadRules defaults;
    private final Clock clock;

    LiveLoadRules(JdbcClient jdbc, LoadProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.defaults = properties.rules();
        this.clock = clock;
    }

    public LoadRules current() {
        return versioned().rules();
    }

    public Versioned versioned() {
        return load().orElseGet(() -> {
            try {
                jdbc.sql("insert into admin_load_rules (id, version, settings, updated_by, updated_at) values (?, 1, ?, ?, ?)")
                        .params(ROW, StoredJson.write(defaults), "application.yml", Timestamp.from(clock.instant())).update();
            } catch (DuplicateKeyException seededMeanwhile) {
                // another instance stored the defaults first: the same values
            }
            return load().orElseThrow();
        });
    }

    /** @return false when another admin saved since {@code basedOn} (nothing is changed then) */
    public boolean change(long basedOn, LoadRules next, String by) {
        return jdbc.sql("update admin_load_rules set version = version + 1, settings = ?, updated_by = ?, updated_at = ? "
                        + "where id = ? and version = ?")
                .params(StoredJson.write(next), by, Timestamp.from(clock.instant()), ROW, basedOn).update() == 1;
    }

    private Optional<Versioned> load() {
        return jdbc.sql("select version, settings from admin_load_rules where id = ?").param(ROW)
                .query((rs, n) -> new Versioned(rs.getLong(1), StoredJson.read(rs.getString(2), LoadRules.class)))
                .optional();
    }

    public record Versioned(long version, LoadRules rules) {
    }
}
