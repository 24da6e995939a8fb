package io.attune.admin.thresholds;

import io.attune.engine.handoff.HandoffThresholds;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * One recorded change of the live thresholds.
 *
 * @param before null for the first values stored (the defaults from application.yml)
 */
public record ThresholdChange(long version, String changedBy, Instant changedAt, HandoffThresholds before,
                              HandoffThresholds after) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    public String changedAtUtc() {
        return UTC.format(changedAt);
    }

    /** What changed, one entry per field, for the history table. */
    public List<FieldChange> fieldChanges() {
        List<FieldChange> changes = new ArrayList<>();
        for (ThresholdField f : ThresholdField.values()) {
            String old = before == null ? null : f.format(before);
            String now = f.format(after);
            if (!now.equals(old)) {
                changes.add(new FieldChange(f.label(), old, now));
            }
        }
        return changes;
    }

    /** One field's old and new value as shown; {@code before} is null when there was none. */
    public record FieldChange(String label, String before, String after) {
    }
}
