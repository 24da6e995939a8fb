package io.attune.admin.satisfaction;

import io.attune.console.satisfaction.PredictedSatisfaction;
import java.util.List;

/**
 * The predicted satisfaction over a period's ended conversations, and, where the customer answered the survey, the
 * prediction against the answer: the model predicts the chance of a 1 or 2, so that is what it is compared with.
 *
 * @param predicted          ended conversations predicted
 * @param likelyDissatisfied of those, predicted more likely than not to be rated 1 or 2
 * @param meanChance         the mean predicted chance of a 1 or 2, null when none
 * @param surveyed           predicted conversations whose customer answered the survey
 * @param surveyedMeanChance the mean predicted chance of a 1 or 2 of those, null when none
 * @param surveyedLowShare   the share of those actually rated 1 or 2, null when none
 * @param surveyedMeanRating their actual mean rating (CSAT, 1 to 5), null when none
 * @param capped             only the latest {@link PredictionFigures#LOOKED_AT} ended conversations were read
 */
public record PredictionSummary(int predicted, int likelyDissatisfied, Double meanChance, int surveyed,
                                Double surveyedMeanChance, Double surveyedLowShare, Double surveyedMeanRating,
                                boolean capped) {

    /** One ended conversation's prediction and its survey answer (null: none given). */
    public record Scored(PredictedSatisfaction prediction, Integer rating) {
    }

    public static PredictionSummary of(List<Scored> scored, boolean capped) {
        List<Scored> surveyed = scored.stream().filter(s -> s.rating() != null).toList();
        return new PredictionSummary(scored.size(),
                (int) scored.stream().filter(s -> s.prediction().likelyDissatisfied()).count(), meanChance(scored),
                surveyed.size(), meanChance(surveyed),
                surveyed.isEmpty() ? null : surveyed.stream().filter(s -> s.rating() <= 2).count() / (double) surveyed.size(),
                surveyed.isEmpty() ? null : surveyed.stream().mapToInt(Scored::rating).average().orElseThrow(), capped);
    }

    /** likelyDissatisfied / predicted, null when none was predicted. */
    public Double likelyDissatisfiedShare() {
        return predicted == 0 ? null : (double) likelyDissatisfied / predicted;
    }

    private static Double meanChance(List<Scored> scored) {
        return scored.isEmpty() ? null
                : scored.stream().mapToDouble(s -> s.prediction().dissatisfied()).average().orElseThrow();
    }
}
