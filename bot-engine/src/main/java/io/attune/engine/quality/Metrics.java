package io.attune.engine.quality;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Accuracy and macro-F1 for single predictions against (possibly multi-label) gold sets. */
final class Metrics {

    private Metrics() {
    }

    /** The share of predictions that are in their gold set. */
    static double accuracy(List<Set<String>> gold, List<String> predicted) {
        int right = 0;
        for (int i = 0; i < gold.size(); i++) {
            right += gold.get(i).contains(predicted.get(i)) ? 1 : 0;
        }
        return gold.isEmpty() ? 0 : (double) right / gold.size();
    }

    /** Unweighted mean over {@code labels} of each label's F1 (a label never gold nor predicted counts 0). */
    static double macroF1(List<Set<String>> gold, List<String> predicted, Collection<String> labels) {
        double sum = 0;
        for (String label : labels) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < gold.size(); i++) {
                boolean isGold = gold.get(i).contains(label);
                boolean isPredicted = label.equals(predicted.get(i));
                tp += isGold && isPredicted ? 1 : 0;
                fp += !isGold && isPredicted ? 1 : 0;
                fn += isGold && !isPredicted ? 1 : 0;
            }
            sum += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
        return labels.isEmpty() ? 0 : sum / labels.size();
    }
}
