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

    /** Words the examples never used: only the sentence's meaning connects them (fails with words alone). */
    @Test
    void readsAParaphraseWithNoWordInCommonThroughTheSentencesMeaning() {
        List<LabeledText> few = List.of(
                new LabeledText("where is my order", "track"), new LabeledText("track my order", "track"),
                new LabeledText("I want a refund", "refund"), new LabeledText("refund please", "refund"),
                new LabeledText("can I pay by card", "payment"), new LabeledText("which payment methods", "payment"));
        TextModel words = TextModel.train(few, new TextModel.Options(true, 1, 0, 2.0, 1e-3));
        TextModel meaning = TextModel.train(few, LinearIntentClassifier.OPTIONS);

        int wordsRight = 0;
        for (var question : java.util.Map.of("the parcel still hasn't arrived", "track",
                "could I get my money back", "refund", "do you take paypal", "payment").entrySet()) {
            double[] p = meaning.probabilities(question.getKey());
            assertThat(meaning.labels().get(best(p))).as(question.getKey()).isEqualTo(question.getValue());
            wordsRight += words.labels().get(best(words.probabilities(question.getKey()))).equals(question.getValue()) ? 1 : 0;
        }
        assertThat(wordsRight).as("read by words alone").isLessThan(3);
        assertThat(meaning.readsMeaning()).isTrue();
        assertThat(words.readsMeaning()).isFalse();
    }

    @Test
    void readsAWordsOnlyModelFileOfTheFirstVersion() throws Exception {
        TextModel model = TextModel.train(EXAMPLES, new TextModel.Options(true, 1, 0, 2.0, 1e-3));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        // the same content as version 1 wrote it: no meaning scale after the n-gram flag
        java.io.DataInputStream in = new java.io.DataInputStream(new java.util.zip.GZIPInputStream(
                new ByteArrayInputStream(out.toByteArray())));
        ByteArrayOutputStream v1 = new ByteArrayOutputStream();
        try (java.io.DataOutputStream o = new java.io.DataOutputStream(new java.util.zip.GZIPOutputStream(v1))) {
            o.writeInt(in.readInt());
            in.readInt();
            o.writeInt(1);
            o.writeBoolean(in.readBoolean());
            in.readDouble();
            in.transferTo(o);
        }

        TextModel loaded = TextModel.read(new ByteArrayInputStream(v1.toByteArray()));

        assertThat(loaded.readsMeaning()).isFalse();
        assertThat(loaded.probabilities("where is my parcel")).containsExactly(model.probabilities("where is my parcel"),
                org.assertj.core.data.Offset.offset(1e-6));
    }

    private static int best(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            best = p[i] > p[best] ? i : best;
        }
        return best;
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
