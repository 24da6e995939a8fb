package io.attune.admin.thresholds;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.app.HandoffDefaults;
import io.attune.engine.handoff.HandoffThresholds;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;

/** The live thresholds against a real (embedded) database with the application's migrations. */
@JdbcTest(properties = {"attune.admin.thresholds.recheck=0s", "attune.handoff.anger=0.65"})
@Import({StoredThresholds.class, LiveThresholds.class})
@EnableConfigurationProperties({ThresholdsProperties.class, HandoffDefaults.class})
class LiveThresholdsTests {

    private static final HandoffThresholds STRICTER =
            new HandoffThresholds(0.55, 0.75, 0.75, 0.80, 1, -0.5, 3, -0.35, 2, true, false, 0.75, 0.70, 0.30, 0.20);

    @Autowired
    LiveThresholds live;

    @Autowired
    StoredThresholds store;

    @Autowired
    HandoffDefaults defaults;

    @Test
    void startsFromTheDefaultsInTheSettingsAndRecordsThemAsTheFirstVersion() {
        assertThat(live.current()).isEqualTo(defaults.thresholds());
        assertThat(live.current().anger()).isEqualTo(0.65);
        assertThat(live.history()).singleElement().satisfies(first -> {
            assertThat(first.changedBy()).isEqualTo("application.yml");
            assertThat(first.before()).isNull();
        });
    }

    @Test
    void aSavedChangeIsInForceAtOnceAndRecordedWithOldAndNewValues() {
        long version = live.versioned().version();

        assertThat(live.change(version, STRICTER, "ada")).contains(version + 1);

        assertThat(live.current()).isEqualTo(STRICTER);
        ThresholdChange latest = live.history().get(0);
        assertThat(latest.changedBy()).isEqualTo("ada");
        assertThat(latest.before()).isEqualTo(defaults.thresholds());
        assertThat(latest.after()).isEqualTo(STRICTER);
        assertThat(latest.fieldChanges()).extracting(c -> c.label() + ": " + c.before() + " -> " + c.after())
                .containsExactly("Anger: 0.65 -> 0.55", "Emotion turns: 2 -> 1", "Bot failures: 4 -> 2",
                        "Hand over on a threat to leave: true -> false", "Frustration build-up: 0.60 -> 0.70");
    }

    @Test
    void aChangeBasedOnOldValuesIsRefusedSoNeitherAdminLosesTheirs() {
        long version = live.versioned().version();
        live.change(version, STRICTER, "ada");

        assertThat(live.change(version, HandoffThresholds.defaults(), "grace")).isEmpty();

        assertThat(live.current()).isEqualTo(STRICTER);
    }

    @Test
    void anotherInstanceSeesTheChangeOnItsNextRecheck() {
        LiveThresholds other = new LiveThresholds(store, defaults, new ThresholdsProperties(Duration.ZERO, 50));
        assertThat(other.current()).isEqualTo(defaults.thresholds());

        live.change(live.versioned().version(), STRICTER, "ada");

        assertThat(other.current()).isEqualTo(STRICTER);
    }
}
