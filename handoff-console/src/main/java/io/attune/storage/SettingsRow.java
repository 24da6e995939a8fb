package io.attune.storage;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Settings the admins edit, kept as one row of a table with columns {@code id, version, settings, updated_by,
 * updated_at} (the settings as {@link StoredJson}), so that every instance applies the same: stored first from
 * application.yml, then replaced only by a change based on the version in force, so that of two admins saving at
 * once the second is told instead of overwriting the first. How often each instance reads it is its user's choice.
 *
 * @param <T> the settings record
 */
public final class SettingsRow<T> {

    private static final int ROW = 1;

    private final JdbcClient jdbc;
    private final String table;
    private final Class<T> type;

    /** @param table a table of this class's shape, named by the code (never by a request) */
    public SettingsRow(JdbcClient jdbc, String table, Class<T> type) {
        this.jdbc = jdbc;
        this.table = table;
        this.type = type;
    }

    /** The version number alone: one indexed row, cheap to poll. */
    public Optional<Long> version() {
        return jdbc.sql("select version from " + table + " where id = ?").param(ROW).query(Long.class).optional();
    }

    public Optional<Versioned<T>> load() {
        return jdbc.sql("select version, settings from " + table + " where id = ?").param(ROW)
                .query((rs, n) -> new Versioned<>(rs.getLong(1), StoredJson.read(rs.getString(2), type))).optional();
    }

    /**
     * Stores the first settings, as version 1.
     *
     * @return false when there were some already (another instance starting at the same time stored the same)
     */
    public boolean seed(T first, String by, Instant at) {
        try {
            return jdbc.sql("insert into " + table + " (id, version, settings, updated_by, updated_at) values (?, 1, ?, ?, ?)")
                    .params(ROW, StoredJson.write(first), by, Timestamp.from(at)).update() == 1;
        } catch (DuplicateKeyException alreadySeeded) {
            return false;
        }
    }

    /** @return the new version, or empty when someone saved another version since {@code basedOn} (nothing changed) */
    public Optional<Long> replace(long basedOn, T next, String by, Instant at) {
        int updated = jdbc.sql("update " + table + " set version = ?, settings = ?, updated_by = ?, updated_at = ? "
                        + "where id = ? and version = ?")
                .params(basedOn + 1, StoredJson.write(next), by, Timestamp.from(at), ROW, basedOn).update();
        return updated == 1 ? Optional.of(basedOn + 1) : Optional.empty();
    }

    /** Settings with the version they were stored under: what an edit must be based on. */
    public record Versioned<T>(long version, T settings) {
    }
}
