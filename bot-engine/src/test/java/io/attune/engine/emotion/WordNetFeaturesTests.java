package io.attune.engine.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** WordNet's senses as the fourth round's experiments see them: synonyms share features without a list. */
class WordNetFeaturesTests {

    @Test
    void synonymsNoListHoldsShareTheSenseOfAngry() {
        // "angry" heads its adjective cluster; "irate" and "furious" are satellites of it
        String angry = WordNetFeatures.PREFIX + WordNetFeatures.shipped().sensesOf("angry").get(1);

        assertThat(features("the customer is irate").keySet()).contains(angry);
        assertThat(features("I am furious").keySet()).contains(angry);
        assertThat(features("where is my parcel").keySet()).doesNotContain(angry);
    }

    @Test
    void anInflectedEmotionVerbIsReadAsAFeeling() {
        assertThat(features("I'm fuming").keySet()).contains(WordNetFeatures.PREFIX + "lex_verb.emotion");
    }

    @Test
    void aNegatedWordGivesItsSensesUnderAnotherName() {
        Set<String> happy = features("I am happy").keySet();
        Set<String> notHappy = features("I am not happy").keySet();

        assertThat(notHappy).doesNotContainAnyElementsOf(happy);
        assertThat(notHappy).allMatch(f -> f.startsWith(WordNetFeatures.PREFIX + "!"));
    }

    @Test
    void functionWordsGiveNothing() {
        assertThat(features("it is the one that you can").keySet()).isEmpty();
    }

    private static Counter<String> features(String text) {
        Counter<String> f = new ClassicCounter<>();
        WordNetFeatures.shipped().addTo(f, text);
        return f;
    }
}
