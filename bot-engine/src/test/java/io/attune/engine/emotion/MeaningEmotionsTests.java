package io.attune.engine.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MeaningEmotionsTests {

    private final MeaningEmotions meaning = MeaningEmotions.shipped();

    @Test
    void frightInWordsNoListHoldsReadsAsAnxietyRatherThanAnger() {
        Map<Emotion, Double> p = meaning.probabilities("I'm shaking, someone used my card and I don't know what to do");

        assertThat(p.get(Emotion.ANXIETY)).isGreaterThan(p.get(Emotion.ANGER)).isGreaterThan(p.get(Emotion.JOY));
    }

    @Test
    void griefReadsAsSadness() {
        Map<Emotion, Double> sad = meaning.probabilities("my dad passed away last week and I'm heartbroken");

        assertThat(sad.get(Emotion.SADNESS)).isGreaterThan(sad.get(Emotion.ANGER)).isGreaterThan(sad.get(Emotion.JOY));
    }

    @Test
    void theProbabilitiesOfATextSumToOne() {
        double sum = meaning.probabilities("where is my parcel").values().stream().mapToDouble(Double::doubleValue).sum();

        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    }
}
