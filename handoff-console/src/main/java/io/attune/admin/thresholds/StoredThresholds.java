package io.attune.admin.thresholds;

import io.attune.engine.handoff.HandoffThresholds;
import io.attune.storage.SettingsRow;
import io.attune.storage.SettingsRow.Versioned;
import io.attune.storage.StoredJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The live thresholds row and its change history, in tables {@code admin_thresholds} and {@code admin_threshold_changes}. */
@Repository
class StoredThresholds {

    private final JdbcTemplate jdbc;
    private final SettingsRow<HandoffThresholds> row;

    StoredThresholds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.row = new SettingsRow<>(JdbcClient.create(jdbc), "admin_thresholds", HandoffThresholds.class);
    }

    /** The version number alone: what other instances poll, cheaply. */
    Optional<Long> version() {
        return row.version();
    }

    Optional<Versioned<HandoffThresholds>> load() {
        return row.load();
    }

    /** Stores the first values if there are none yet; a concurrent first start by another instance wins harmlessly. */
    @Transactional
    void seed(HandoffThresholds defaults, String by, Instant at) {
        if (row.load().isEmpty() && row.seed(defaults, by, at)) {
            record(1, by, at, null, defaults);
        }
    }

    /**
     * Replaces the values if nobody changed them since {@code expectedVersion}, and records the change.
     *
     * @return the new version, or empty when someone else changed them first
     */
    @Transactional
    Optional<Long> replace(long expectedVersion, HandoffThresholds next, String by, Instant at) {
        Optional<Versioned<HandoffThresholds>> current = row.load();
        if (current.isEmpty() || current.get().version() != expectedVersion) {
            return Optional.empty();
        }
        Optional<Long> version = row.replace(expectedVersion, next, by, at);
        version.ifPresent(v -> record(v, by, at, current.get().settings(), next));
        return version;
    }

    /** The most recent changes first. */
    List<ThresholdChange> history(int limit) {
        return jdbc.query("SELECT version, changed_by, changed_at, old_settings, new_settings FROM admin_threshold_changes "
                + "ORDER BY id DESC LIMIT ?", this::change, limit);
    }

    private void record(long version, String by, Instant at, HandoffThresholds before, HandoffThresholds after) {
        jdbc.update("INSERT INTO admin_threshold_changes (version, changed_by, changed_at, old_settings, new_settings) "
                + "VALUES (?, ?, ?, ?, ?)", version, by, Timestamp.from(at), before == null ? null : write(before), write(after));
    }

    private ThresholdChange change(ResultSet rs, int n) throws SQLException {
        String old = rs.getString(4);
        return new ThresholdChange(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                old == null ? null : read(old), read(rs.getString(5)));
    }

    private static String write(HandoffThresholds t) {
        return StoredJson.write(t);
    }

    private static HandoffThresholds read(String text) {
        return StoredJson.read(text, HandoffThresholds.class);
    }
}
