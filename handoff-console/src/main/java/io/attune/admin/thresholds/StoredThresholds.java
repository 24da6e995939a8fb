package io.attune.admin.thresholds;

import io.attune.storage.StoredJson;
import io.attune.engine.handoff.HandoffThresholds;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The live thresholds row and its change history, in tables {@code admin_thresholds} and {@code admin_threshold_changes}. */
@Repository
class StoredThresholds {

    private static final int ROW = 1;

    private final JdbcTemplate jdbc;

    StoredThresholds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The version number alone: what other instances poll, cheaply. */
    Optional<Long> version() {
        return jdbc.query("SELECT version FROM admin_thresholds WHERE id = ?", (rs, n) -> rs.getLong(1), ROW)
                .stream().findFirst();
    }

    Optional<Versioned> load() {
        return jdbc.query("SELECT version, settings FROM admin_thresholds WHERE id = ?",
                (rs, n) -> new Versioned(rs.getLong(1), read(rs.getString(2))), ROW).stream().findFirst();
    }

    /** Stores the first values if there are none yet; a concurrent first start by another instance wins harmlessly. */
    @Transactional
    void seed(HandoffThresholds defaults, String by, Instant at) {
        if (load().isPresent()) {
            return;
        }
        try {
            jdbc.update("INSERT INTO admin_thresholds (id, version, settings, updated_by, updated_at) VALUES (?, 1, ?, ?, ?)",
                    ROW, write(defaults), by, Timestamp.from(at));
            record(1, by, at, null, defaults);
        } catch (org.springframework.dao.DuplicateKeyException alreadySeeded) {
            // another instance stored the defaults first: theirs are the same
        }
    }

    /**
     * Replaces the values if nobody changed them since {@code expectedVersion}, and records the change.
     *
     * @return the new version, or empty when someone else changed them first
     */
    @Transactional
    Optional<Long> replace(long expectedVersion, HandoffThresholds next, String by, Instant at) {
        Optional<Versioned> current = load();
        if (current.isEmpty() || current.get().version() != expectedVersion) {
            return Optional.empty();
        }
        long version = expectedVersion + 1;
        int updated = jdbc.update("UPDATE admin_thresholds SET version = ?, settings = ?, updated_by = ?, updated_at = ? "
                + "WHERE id = ? AND version = ?", version, write(next), by, Timestamp.from(at), ROW, expectedVersion);
        if (updated == 0) {
            return Optional.empty();
        }
        record(version, by, at, current.get().thresholds(), next);
        return Optional.of(version);
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

    /** Thresholds with the version they were stored under. */
    record Versioned(long version, HandoffThresholds thresholds) {
    }
}
