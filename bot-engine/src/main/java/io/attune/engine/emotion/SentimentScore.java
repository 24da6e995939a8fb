package io.attune.engine.emotion;

import java.util.List;

/**
 * CoreNLP's sentiment of one text.
 *
 * @param distribution very negative, negative, neutral, positive, very positive; sums to 1
 * @param score        the distribution's mean on -1, -0.5, 0, 0.5, 1
 * @param sentences    how many sentences were read (long texts are read in part)
 */
public record SentimentScore(List<Double> distribution, double score, int sentences) {

    static final double[] VALUES = {-1.0, -0.5, 0.0, 0.5, 1.0};

    public SentimentScore {
        distribution = List.copyOf(distribution);
    }

    static SentimentScore of(double[] distribution, int sentences) {
        double score = 0;
        for (int i = 0; i < VALUES.length; i++) {
            score += VALUES[i] * distribution[i];
        }
        return new SentimentScore(java.util.Arrays.stream(distribution).boxed().toList(),
                Math.max(-1.0, Math.min(1.0, score)), sentences);
    }

    public static SentimentScore neutral() {
        return of(new double[] {0, 0, 1, 0, 0}, 0);
    }

    /** The most probable class, 0 (very negative) to 4 (very positive). */
    public int predictedClass() {
        int best = 0;
        for (int i = 1; i < distribution.size(); i++) {
            best = distribution.get(i) > distribution.get(best) ? i : best;
        }
        return best;
    }
}
