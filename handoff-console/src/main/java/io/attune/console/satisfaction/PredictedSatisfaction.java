package io.attune.console.satisfaction;

import java.util.List;

/**
 * An ended conversation's predicted satisfaction, as the pages show it: the model's chance that the customer would
 * rate it 1 or 2, and the customer turns that moved that chance most.
 *
 * @param dissatisfied the chance of a survey answer of 1 or 2
 * @param movedBy      at most {@value SatisfactionPredictor#EXPLAINED_BY} customer turns, strongest first
 */
public record PredictedSatisfaction(double dissatisfied, List<MovingTurn> movedBy) {

    /** At or above this chance the conversation counts as predicted dissatisfied: more likely a 1-2 than not. */
    public static final double DISSATISFIED_FROM = 0.5;

    public PredictedSatisfaction {
        movedBy = List.copyOf(movedBy);
    }

    /**
     * A customer turn that moved the prediction.
     *
     * @param quote  the customer's text, shortened for the page
     * @param change what the turn did to the chance of 1-2: positive lowered the predicted satisfaction
     */
    public record MovingTurn(long seq, String quote, double change) {

        public boolean lowered() {
            return change > 0;
        }

        /** The change in whole percentage points of the chance of 1-2, always positive. */
        public long points() {
            return Math.round(Math.abs(change) * 100);
        }

        public String direction() {
            return lowered() ? "lowered it" : "raised it";
        }
    }

    public boolean likelyDissatisfied() {
        return dissatisfied >= DISSATISFIED_FROM;
    }

    public long percent() {
        return Math.round(dissatisfied * 100);
    }

    /** The prediction in words, as the list and the review page say it. */
    public String words() {
        return likelyDissatisfied() ? "Likely dissatisfied" : "Likely satisfied";
    }

    /** The chance in words: "82% chance of a 1 or 2". */
    public String chance() {
        return percent() + "% chance of a 1 or 2";
    }
}
