package io.attune.engine.meaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SentenceEncoderTests {

    private final SentenceEncoder encoder = SentenceEncoder.shipped();

    @Test
    void putsParaphrasesCloserThanUnrelatedQuestions() {
        SentenceVector parcel = encoder.encode("my parcel still hasn't turned up");
        SentenceVector package_ = encoder.encode("where is my package, it is late");
        SentenceVector paypal = encoder.encode("can I pay with paypal?");

        assertThat(parcel.similarity(package_)).isGreaterThan(parcel.similarity(paypal) + 0.2);
    }

    @Test
    void givesUnitVectorsOfTheModelsWidthAndZeroForBlankText() {
        SentenceVector v = encoder.encode("I am honestly furious");

        assertThat(v.dimensions()).isEqualTo(SentenceVector.DIMENSIONS);
        assertThat(v.similarity(v)).isCloseTo(1.0, within(1e-6));
        assertThat(encoder.encode("  ").similarity(v)).isZero();
    }

    @Test
    void readsTheSameTextTheSameWayEveryTime() {
        String text = "wher can i dowload a recipt for my last purchse";

        assertThat(encoder.encode(text)).isEqualTo(encoder.encode(new String(text.toCharArray())));
    }

    @Test
    void readsAVeryLongMessageByItsFirstPart() {
        String longMessage = "my order never arrived and ".repeat(100);

        SentenceVector v = encoder.encode(longMessage + "the weather is lovely");

        assertThat(v.similarity(v)).isCloseTo(1.0, within(1e-6));
        assertThat(v.similarity(encoder.encode(longMessage + "please cancel my account"))).isCloseTo(1.0, within(1e-4));
    }
}
