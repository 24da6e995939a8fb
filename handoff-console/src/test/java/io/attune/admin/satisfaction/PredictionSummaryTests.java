package io.attune.admin.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.attune.admin.satisfaction.PredictionSummary.Scored;
import io.attune.console.satisfaction.PredictedSatisfaction;
import java.util.List;
import org.junit.jupiter.api.Test;

class PredictionSummaryTests {

    private static Scored scored(double chance, Integer rating) {
        return new Scored(new PredictedSatisfaction(chance, List.of()), rating);
    }

    @Test
    void comparesThePredictedChanceOfALowRatingWithTheAnswersWhereThereAreAny() {
        PredictionSummary s = PredictionSummary.of(List.of(scored(0.9, 1), scored(0.7, null), scored(0.2, 5),
                scored(0.1, 4)), false);

        assertThat(s.predicted()).isEqualTo(4);
        assertThat(s.likelyDissatisfied()).isEqualTo(2);
        assertThat(s.likelyDissatisfiedShare()).isEqualTo(0.5);
        assertThat(s.meanChance()).isCloseTo(0.475, within(1e-9));
        assertThat(s.surveyed()).isEqualTo(3);
        assertThat(s.surveyedMeanChance()).isCloseTo(0.4, within(1e-9));
        assertThat(s.surveyedLowShare()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(s.surveyedMeanRating()).isCloseTo(10 / 3.0, within(1e-9));
    }

    @Test
    void saysNothingOfSurveysWhenNoneWasAnswered() {
        PredictionSummary s = PredictionSummary.of(List.of(scored(0.5, null)), false);

        assertThat(s.likelyDissatisfied()).as("a chance of one half counts as predicted dissatisfied").isEqualTo(1);
        assertThat(s.surveyed()).isZero();
        assertThat(s.surveyedMeanChance()).isNull();
        assertThat(s.surveyedMeanRating()).isNull();
        assertThat(PredictionSummary.of(List.of(), false).likelyDissatisfiedShare()).isNull();
    }
}
