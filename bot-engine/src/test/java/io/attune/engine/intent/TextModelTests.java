package io.attune.engine.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextModelTests {

    private static final List<LabeledText> EXAMPLES = List.of(
            new LabeledText("where is my parcel", "track"), new LabeledText("track my order", "track"),
            new LabeledText("has my package shipped", "track"), new LabeledText("I want my money back", "refund"),
            new LabeledText("refund please", "refund"), new LabeledText("return this for a refund", "refund"));

    @Test
    void learnsFromExamplesAndReadsTyposThroughCharacterNGrams() {
        TextModel model = TextModel.train(EXAMPLES, LinearIntentClassifier.OPTIONS);
        double[] p = model.probabilities("refnd pls");

        assertThat(model.labels().get(p[0] > p[1] ? 0 : 1)).isEqualTo("refund");
    }

    @Test
    void givesTheSameProbabilitiesAfterSavingAndLoading() throws Exception {
        TextModel model = TextModel.train(EXAMPLES, LinearIntentClassifier.OPTIONS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);

        TextModel loaded = TextModel.read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(loaded.labels()).isEqualTo(model.labels());
        for (String text : List.of("where is my parcel", "money back", "unknown words", "")) {
            assertThat(loaded.probabilities(text)).containsExactly(model.probabilities(text),
                    org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Test
    void refusesToTrainOnOneLabel() {
        assertThatThrownBy(() -> TextModel.train(EXAMPLES.subList(0, 3), LinearIntentClassifier.OPTIONS))
                .hasMessageContaining("two labels");
    }

    @Test
    void refusesAFileThatIsNotAModel() {
        assertThatThrownBy(() -> TextModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3})))
                .isInstanceOf(java.io.IOException.class);
    }
}
