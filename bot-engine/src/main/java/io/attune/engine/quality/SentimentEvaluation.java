package io.attune.engine.quality;

import io.attune.engine.intent.LabeledText;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Sentiment accuracy on SST-5: 5-class (most probable class = gold) and binary (sentences labelled
 * 1-2 or 4-5 only; negative mass against positive mass), as in the Stanford sentiment paper, plus the
 * time per sentence.
 */
final class SentimentEvaluation {

    record Result(double fiveClass, double binary, int sentences, int binarySentences, double medianMs,
                  double p99Ms) {
    }

    private SentimentEvaluation() {
    }

    /** @param distribution the 5-class distribution of a text, very negative first */
    static Result evaluate(Function<String, List<Double>> distribution, List<LabeledText> sentences,
                           Progress progress) {
        int right = 0;
        int binaryRight = 0;
        int binaryTotal = 0;
        double[] millis = new double[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            LabeledText s = sentences.get(i);
            long start = System.nanoTime();
            List<Double> d = distribution.apply(s.text());
            millis[i] = (System.nanoTime() - start) / 1e6;
            int gold = Integer.parseInt(s.label()) - 1;
            right += argmax(d) == gold ? 1 : 0;
            if (gold != 2) {
                binaryTotal++;
                boolean positive = d.get(3) + d.get(4) > d.get(0) + d.get(1);
                binaryRight += positive == (gold > 2) ? 1 : 0;
            }
            progress.step(i + 1, sentences.size());
        }
        Arrays.sort(millis);
        return new Result((double) right / sentences.size(), (double) binaryRight / binaryTotal, sentences.size(),
                binaryTotal, percentile(millis, 0.5), percentile(millis, 0.99));
    }

    static double percentile(double[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }

    private static int argmax(List<Double> d) {
        int best = 0;
        for (int i = 1; i < d.size(); i++) {
            best = d.get(i) > d.get(best) ? i : best;
        }
        return best;
    }

    /** Prints how far a long step is, every tenth of the way. */
    interface Progress {
        void step(int done, int of);

        static Progress printing(String what) {
            return (done, of) -> {
                if (done == of || done % Math.max(1, of / 10) == 0) {
                    System.out.printf("    %s: %,d / %,d%n", what, done, of);
                }
            };
        }
    }
}
