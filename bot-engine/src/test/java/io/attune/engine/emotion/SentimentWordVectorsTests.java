package io.attune.engine.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import org.junit.jupiter.api.Test;

/** The SST word vectors as the fourth round's experiments see them. */
class SentimentWordVectorsTests {

    @Test
    void aNegativeWordReadsMoreNegativeThanARoutineQuestion() {
        Counter<String> angry = features("this is horrible and I am angry");
        Counter<String> routine = features("where is my parcel");

        double negative = angry.getCount(SentimentWordVectors.PREFIX + "wsent_max_0") + angry.getCount(SentimentWordVectors.PREFIX + "wsent_max_1");
        double calm = routine.getCount(SentimentWordVectors.PREFIX + "wsent_max_0") + routine.getCount(SentimentWordVectors.PREFIX + "wsent_max_1");
        assertThat(negative).isGreaterThan(calm);
    }

    @Test
    void wordsTheTreebankNeverSawAddNothing() {
        assertThat(SentimentWordVectors.shipped().knows("fuming")).isFalse();
        assertThat(features("fuming livid").keySet()).isEmpty();
        assertThat(features("angry").keySet()).hasSize(25 + 25 + 5 + 5);
    }

    private static Counter<String> features(String text) {
        Counter<String> f = new ClassicCounter<>();
        SentimentWordVectors.shipped().addTo(f, text);
        return f;
    }
}
