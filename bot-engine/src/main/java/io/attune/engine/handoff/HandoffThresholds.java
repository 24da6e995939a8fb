package io.attune.engine.handoff;

import java.util.ArrayList;
import java.util.List;

/**
 * When the bot hands a conversation to a person. Defaults live in {@code application.yml} under
 * {@code attune.handoff}; admins change them at run time. {@link #defaults()} were chosen on the tune part
 * of the team's support chats (docs/quality-chats.md).
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
 * @param buildUp                  anger and frustration built up over turns ({@link FrustrationBuildUp}) at or
 *                                 above which it hands over; a single turn above buildUp + buildUpFloor does too
 * @param buildUpDecay             the share of the build-up that each new turn keeps (0 to 1)
 * @param buildUpFloor             a turn's anger plus frustration at or below this adds nothing to the build-up
 */
public record HandoffThresholds(double anger, double frustration, double anxiety, double sadness,
                                int emotionTurns, double negativeSentiment, int consecutiveNegativeTurns,
                                double trendSlope, int botFailures, boolean explicitAsk,
                                boolean threatToLeave, double offerPersonAt, double buildUp,
                                double buildUpDecay, double buildUpFloor) {

    public HandoffThresholds {
        List<String> problems = problems(anger, frustration, anxiety, sadness, emotionTurns, negativeSentiment,
                consecutiveNegativeTurns, trendSlope, botFailures, offerPersonAt, buildUp, buildUpDecay, buildUpFloor);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    public static HandoffThresholds defaults() {
        return new HandoffThresholds(0.70, 0.75, 0.75, 0.80, 2, -0.5, 3, -0.35, 4, true, true, 0.75, 0.60, 0.30, 0.20);
    }

    /**
     * These thresholds with the build-up rule switched off, as before it existed: each turn adds at most
     * 0.1 above a floor of 0.9 and nothing is kept, so the build-up never reaches 5 (nor offers a person).
     */
    public HandoffThresholds withoutBuildUp() {
        return withBuildUp(5.0, 0.0, 0.9);
    }

    /** These thresholds with another build-up rule: what the evaluation sweeps and tests vary. */
    public HandoffThresholds withBuildUp(double level, double decay, double floor) {
        return new HandoffThresholds(anger, frustration, anxiety, sadness, emotionTurns, negativeSentiment,
                consecutiveNegativeTurns, trendSlope, botFailures, explicitAsk, threatToLeave, offerPersonAt,
                level, decay, floor);
    }

    /** Every range problem, worded for an admin; empty when the values are valid. */
    public static List<String> problems(double anger, double frustration, double anxiety, double sadness,
                                        int emotionTurns, double negativeSentiment, int consecutiveNegativeTurns,
                                        double trendSlope, int botFailures, double offerPersonAt,
                                        double buildUp, double buildUpDecay, double buildUpFloor) {
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
        if (!(buildUp >= 0.1 && buildUp <= 5.0)) {
            p.add("build-up must be between 0.1 and 5");
        }
        if (!(buildUpDecay >= 0.0 && buildUpDecay <= 1.0)) {
            p.add("build-up decay must be between 0 and 1");
        }
        if (!(buildUpFloor >= 0.0 && buildUpFloor <= 0.9)) {
            p.add("build-up floor must be between 0 and 0.9");
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
