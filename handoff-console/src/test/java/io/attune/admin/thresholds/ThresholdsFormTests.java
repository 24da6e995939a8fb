package io.attune.admin.thresholds;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.engine.handoff.HandoffThresholds;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThresholdsFormTests {

    private static Map<String, String> paramsOf(HandoffThresholds t) {
        Map<String, String> params = new HashMap<>();
        ThresholdsForm.of(t).values().forEach((field, value) -> {
            if (field.kind() != ThresholdField.Kind.SWITCH || value.equals("true")) {
                params.put(field.param(), value);
            }
        });
        return params;
    }

    @Test
    void readsBackTheValuesItShows() {
        HandoffThresholds t = new HandoffThresholds(0.6, 0.7, 0.8, 0.9, 3, -0.4, 4, -0.5, 2, false, true, 0.5, 0.8, 0.5, 0.3);

        ThresholdsForm.Parsed parsed = ThresholdsForm.from(paramsOf(t)).parse();

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.thresholds()).isEqualTo(t);
    }

    @Test
    void rejectsOutOfRangeValuesWithOneMessagePerField() {
        Map<String, String> params = paramsOf(HandoffThresholds.defaults());
        params.put("anger", "1.5");
        params.put("emotionTurns", "0");
        params.put("negativeSentiment", "0.3");
        params.put("offerPersonAt", "0");

        ThresholdsForm.Parsed parsed = ThresholdsForm.from(params).parse();

        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.errors()).containsOnly(
                Map.entry("anger", "Anger must be between 0.05 and 1"),
                Map.entry("emotionTurns", "Emotion turns must be between 1 and 10"),
                Map.entry("negativeSentiment", "Negative sentiment must be between -1 and 0"),
                Map.entry("offerPersonAt", "Offer a person at must be between 0.1 and 1"));
    }

    @Test
    void rejectsTextThatIsNotANumberOrIsMissing() {
        Map<String, String> params = paramsOf(HandoffThresholds.defaults());
        params.put("frustration", "<script>alert(1)</script>");
        params.put("botFailures", "2.5");
        params.remove("sadness");

        ThresholdsForm.Parsed parsed = ThresholdsForm.from(params).parse();

        assertThat(parsed.errors()).containsOnly(
                Map.entry("frustration", "Frustration must be a number such as 0.75"),
                Map.entry("botFailures", "Bot failures must be a whole number"),
                Map.entry("sadness", "Sadness is required"));
    }

    @Test
    void reportsEveryProblemAtOnceWhenOneFieldIsNoNumberAndAnotherIsOutOfRange() {
        Map<String, String> params = paramsOf(HandoffThresholds.defaults());
        params.put("frustration", "high");
        params.put("anger", "1.5");

        ThresholdsForm.Parsed parsed = ThresholdsForm.from(params).parse();

        assertThat(parsed.errors()).containsOnly(
                Map.entry("frustration", "Frustration must be a number such as 0.75"),
                Map.entry("anger", "Anger must be between 0.05 and 1"));
    }

    @Test
    void anUncheckedSwitchTurnsTheRuleOff() {
        Map<String, String> params = paramsOf(HandoffThresholds.defaults());
        params.remove("explicitAsk");

        HandoffThresholds parsed = ThresholdsForm.from(params).parse().thresholds();

        assertThat(parsed.explicitAsk()).isFalse();
        assertThat(parsed.threatToLeave()).isTrue();
    }
}
