package io.attune.engine.intent;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.engine.knowledge.IntentDefinition;
import io.attune.engine.knowledge.KnowledgeBase;
import io.attune.engine.knowledge.KnowledgeTrainer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordNormaliserTests {

    private static WordNormaliser spellingOnly;
    private static WordNormaliser shipped;

    @BeforeAll
    static void fromTheShopsKnowledgeBase() {
        List<String> vocabulary = new ArrayList<>();
        for (IntentDefinition intent : KnowledgeBase.shop().intents()) {
            vocabulary.addAll(intent.examples());
            vocabulary.add(intent.answer());
        }
        spellingOnly = WordNormaliser.of(vocabulary, new TextNormalisation(true, false, false));
        shipped = WordNormaliser.of(vocabulary, KnowledgeTrainer.NORMALISATION);
    }

    @ParameterizedTest
    @CsvSource({"wher, where", "dowload, download", "recipt, receipt", "purchse, purchase", "polcy, policy",
            "adress, address", "cancle, cancel", "paymnet, payment", "delivary, delivery"})
    void correctsAMisspeltWordToTheKnowledgeBasesWord(String typed, String meant) {
        assertThat(spellingOnly.normalise(typed)).isEqualTo(meant);
    }

    @ParameterizedTest
    @CsvSource({"sofa", "klarna", "blender", "mum", "fed", "ta"})
    void leavesRealWordsAndShortWordsAsTheyAre(String word) {
        assertThat(spellingOnly.normalise(word)).isEqualTo(word);
    }

    @Test
    void readsBritishAndAmericanWordsAsOne() {
        assertThat(shipped.normalise("my parcel went to my old flat"))
                .isEqualTo(shipped.normalise("my package went to my old apartment"));
        assertThat(shipped.normalise("wrong postcode")).isEqualTo(shipped.normalise("wrong zip code"));
        assertThat(shipped.normalise("i want my money back")).isEqualTo(shipped.normalise("i want my refund"));
    }

    @Test
    void rewritesTheMessageTheSameWayEveryTime() {
        String once = shipped.normalise("wher can i dowload a recipt for my last purchse");

        assertThat(shipped.normalise(once)).isEqualTo(once);
        assertThat(once).isEqualTo("where can i download a invoice for my last purchase");
    }
}
