package io.attune.engine.handoff;

import java.util.ArrayList;
import java.util.List;

/**
 * When the bot hands a conversation to a person. Defaults live in {@code application.yml} under
 * {@code attune.handoff}; admins change them at run time.
 *
 * @param anger                    anger intensity at or above which a turn counts as angry
 * @param frustration              frustration intensity threshold
 * @param anxiety                  anxiety intensity threshold
 * @param sadness                  sadness intensity threshold
 * @param emotionTurns             consecutive customer turns over an emotion threshold that hand over
 * @param negativeSentiment        a turn whose sentiment score is at or below this counts as negative
 * @param consecutiveNegativeTurns consecutive negative turns that hand over
 * @param trendSlope               the sentiment trend's slope (per turn) at or below which it hands over
 * @param botFailures              answers not understood (in the conversation) that hand over
 * @param explicitAsk              hand over as soon as the customer asks for a person
 * @param threatToLeave            hand over when the customer threatens to leave or cancel
 * @param offerPersonAt            offer a person once a signal reaches this fraction of its threshold
 */
public record HandoffThresholds(double anger, double frustration, double anxiety, double sadness,
                                int emotionTurns, double negativeSentiment, int consecutiveNegativeTurns,
                                double trendSlope, int botFailures, boolean explicitAsk,
                                boolean threatToLeave, double offerPersonAt) {

    public HandoffThresholds {
        List<String> problems = problems(anger, frustration, anxiety, sadness, emotionTurns, negativeSentiment,
                consecutiveNegativeTurns, trendSlope, botFailures, offerPersonAt);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    public static HandoffThresholds defaults() {
        return new HandoffThresholds(0.70, 0.75, 0.75, 0.80, 2, -0.5, 3, -0.35, 3, true, true, 0.75);
    }

    /** Every range problem, worded for an admin; empty when the values are valid. */
    public static List<String> problems(double anger, double frustration, double anxiety, double sadness,
                                        int emotionTurns, double negativeSentiment, int consecutiveNegativeTurns,
                                        double trendSlope, int botFailures, double offerPersonAt) {
        List<String> p = new ArrayList<>();
        unit(p, "anger", anger);
        unit(p, "frustration", frustration);
        unit(p, "anxiety", anxiety);
        unit(p, "sadness", sadness);
        count(p, "emotion turns", emotionTurns, 1, 10);
        if (!(negativeSentiment >= -1.0 && negativeSentiment <= 0.0)) {
            p.add("negative sentiment must be between -1 and 0");
        }
        count(p, "consecutive negative turns", consecutiveNegativeTurns, 1, 20);
        if (!(trendSlope >= -2.0 && trendSlope <= 0.0)) {
            p.add("trend slope must be between -2 and 0");
        }
        count(p, "bot failures", botFailures, 1, 20);
        if (!(offerPersonAt >= 0.1 && offerPersonAt <= 1.0)) {
            p.add("offer a person at must be between 0.1 and 1");
        }
        return p;
    }

    private static void unit(List<String> p, String name, double v) {
        if (!(v >= 0.05 && v <= 1.0)) {
            p.add(name + " must be between 0.05 and 1");
        }
    }

    private static void count(List<String> p, String name, int v, int min, int max) {
        if (v < min || v > max) {
            p.add(name + " must be between " + min + " and " + max);
        }
    }
}
