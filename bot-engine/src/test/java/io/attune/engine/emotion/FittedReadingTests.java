package io.attune.engine.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped reader on what customers wrote in the browser when anger was read as 0.51 and a late coat
 * as joy: the fitted support-chat model reads them as a support lead would.
 */
class FittedReadingTests {

    private final CoreNlpEmotionReader reader = SharedModels.shipped();

    @Test
    void furyAtBeingIgnoredReadsAsStrongAnger() {
        EmotionReading r = reader.read("I am honestly furious. Nobody answers my emails and you just keep repeating yourself", List.of());

        assertThat(r.strongest()).isEqualTo(Emotion.ANGER);
        assertThat(r.intensity(Emotion.ANGER)).isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void ridiculousAndUselessAreAngerNotNeutralOrSadness() {
        assertThat(reader.read("This is ridiculous. I paid extra for express delivery and I've been waiting two weeks!", List.of())
                .strongest()).isEqualTo(Emotion.ANGER);
        assertThat(reader.read("I am sick of this. You are useless and I want my money back", List.of())
                .strongest()).isEqualTo(Emotion.ANGER);
    }

    @Test
    void aLateOrderIsNoJoyAndWorryIsNotFrustration() {
        EmotionReading late = reader.read("Hi, I ordered a winter coat two weeks ago and it still hasn't arrived", List.of());
        EmotionReading worried = reader.read("I'm really worried my order won't arrive before my flight on Friday", List.of());

        assertThat(late.intensity(Emotion.JOY)).isLessThan(0.2);
        assertThat(worried.strongest()).isEqualTo(Emotion.ANXIETY);
    }

    @Test
    void routineQuestionsAndThanksStayCalm() {
        EmotionReading routine = reader.read("where is my order?", List.of());

        assertThat(routine.negativeIntensity()).isLessThan(0.2);
        assertThat(reader.read("thank you so much, that's perfect", List.of()).strongest()).isEqualTo(Emotion.GRATITUDE);
    }

    @Test
    void aLongCalmConversationIsNotReadAsBuildingFrustration() {
        List<String> earlier = List.of("what delivery options do you have", "how long does standard delivery take",
                "can I pay with paypal", "do you ship to ireland", "how do I change my password",
                "where can I download an invoice", "what is your returns policy", "can I change my delivery address");

        EmotionReading tenth = reader.read("how do i check the status of my order", earlier);

        assertThat(Math.max(tenth.intensity(Emotion.FRUSTRATION), tenth.intensity(Emotion.ANGER))).isLessThan(0.5);
    }
}
