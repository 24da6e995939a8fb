package io.attune.admin.thresholds;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.storage.StoredJson;
import io.attune.engine.handoff.HandoffThresholds;
import java.time.OffsetDateTime;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** V156 on a database that V154 left: stored thresholds on the old build-up defaults take the re-chosen ones. */
class BuildUpDefaultsMigrationTests {

    private static final HandoffThresholds ROUND_TWO =
            new HandoffThresholds(0.70, 0.75, 0.75, 0.80, 2, -0.5, 3, -0.35, 4, true, true, 0.75, 0.40, 0.50, 0.25);

    @Test
    void storedThresholdsStillOnTheOldBuildUpDefaultsMoveToTheNewOnesAndChosenValuesStay() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:build-up-defaults;DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        Flyway.configure().dataSource(db).target("154").load().migrate();
        HandoffThresholds chosen = ROUND_TWO.withBuildUp(0.40, 0.70, 0.25);
        jdbc.update("INSERT INTO admin_thresholds (id, version, settings, updated_by, updated_at) VALUES (1, 3, ?, 'ada', ?)",
                StoredJson.write(ROUND_TWO), OffsetDateTime.now());
        jdbc.update("INSERT INTO admin_thresholds (id, version, settings, updated_by, updated_at) VALUES (2, 1, ?, 'bob', ?)",
                StoredJson.write(chosen), OffsetDateTime.now());

        Flyway.configure().dataSource(db).load().migrate();

        assertThat(stored(jdbc, 1)).isEqualTo(HandoffThresholds.defaults());
        assertThat(stored(jdbc, 2)).isEqualTo(chosen);
    }

    private static HandoffThresholds stored(JdbcTemplate jdbc, int id) {
        return StoredJson.read(jdbc.queryForObject("SELECT settings FROM admin_thresholds WHERE id = ?", String.class, id),
                HandoffThresholds.class);
    }
}
