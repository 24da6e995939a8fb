package io.attune.engine.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class SentimentScorerTests {

    private final SentimentScorer scorer = SharedModels.sentiment();

    @Test
    void scoresClearPraiseAndClearCriticismOnOppositeSides() {
        SentimentScore praise = scorer.score("It is a lovely film with wonderful performances.");
        SentimentScore criticism = scorer.score("The plot is dull and the acting is terrible.");

        assertThat(praise.score()).isGreaterThan(0.2);
        assertThat(criticism.score()).isLessThan(-0.2);
        assertThat(praise.distribution().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, offset(1e-6));
    }

    @Test
    void readsOnlyABoundedNumberOfSentencesOfAHugeMessage() {
        SentimentScore score = scorer.score("This is bad. ".repeat(800));

        assertThat(score.sentences()).isEqualTo(SentimentScorer.MAX_SENTENCES);
        assertThat(score.score()).isNegative();
    }

    @Test
    void readsAnOverlongSentenceInPart() {
        SentimentScore score = scorer.score("word ".repeat(2_000));

        assertThat(score.sentences()).isEqualTo(1);
    }

    @Test
    void scoresBlankTextNeutral() {
        assertThat(scorer.score("  ")).isEqualTo(SentimentScore.neutral());
    }
}
