package io.attune.engine.handoff;

import java.util.List;

/**
 * The smoothed sentiment of a conversation: an exponential moving average over the customer's turns
 * and its change over the last turn (the slope, per turn). A falling slope means the mood worsens.
 */
public record SentimentTrend(double average, double slope, int turns) {

    /** Weight of the newest turn: 0.5 follows the mood within two or three turns without jumping on one. */
    static final double ALPHA = 0.5;

    public static SentimentTrend of(List<Double> sentiments) {
        double ema = 0;
        double previous = 0;
        for (int i = 0; i < sentiments.size(); i++) {
            previous = ema;
            ema = i == 0 ? sentiments.get(0) : ALPHA * sentiments.get(i) + (1 - ALPHA) * ema;
        }
        double slope = sentiments.size() < 2 ? 0 : ema - previous;
        return new SentimentTrend(ema, slope, sentiments.size());
    }
}
