package io.attune.engine.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CoreNlpEmotionReaderTests {

    private final EmotionReader reader = SharedModels.reader();

    @Test
    void readsAFuriousDoubleChargeAsAngryAndNegative() {
        EmotionReading r = reader.read("I am absolutely furious, you charged me twice!!!", List.of());

        assertThat(r.strongest()).isEqualTo(Emotion.ANGER);
        assertThat(r.intensity(Emotion.ANGER)).isGreaterThanOrEqualTo(0.7);
        assertThat(r.sentiment()).isLessThan(-0.25);
        assertThat(r.has(Cue.SHOUTING)).isTrue();
    }

    @Test
    void readsThanksAsGratitude() {
        EmotionReading r = reader.read("thanks, that was really helpful", List.of());

        assertThat(r.strongest()).isEqualTo(Emotion.GRATITUDE);
        assertThat(r.sentiment()).isGreaterThan(0.3);
    }

    @Test
    void readsAPlainQuestionAsCalm() {
        EmotionReading r = reader.read("where is my order?", List.of());

        assertThat(r.strongest()).isEqualTo(Emotion.NEUTRAL);
        assertThat(r.negativeIntensity()).isLessThan(0.2);
        assertThat(r.sentiment()).isBetween(-0.2, 0.2);
        assertThat(r.cues()).isEmpty();
    }

    @Test
    void readsNotBadAtAllAsPositiveUnlikeMovieReviewSentiment() {
        assertThat(SharedModels.sentiment().score("not bad at all").score()).isNegative();

        EmotionReading r = reader.read("not bad at all", List.of());

        assertThat(r.sentiment()).isPositive();
        assertThat(r.negativeIntensity()).isLessThan(0.3);
    }

    @Test
    void readsSarcasticPraiseAsFrustration() {
        EmotionReading r = reader.read("Oh great, another delay. Just what I needed.", List.of());

        assertThat(r.strongest()).isEqualTo(Emotion.FRUSTRATION);
        assertThat(r.sentiment()).isNegative();
    }

    @Test
    void readsAThreatToLeaveAsFrustratedWithItsCue() {
        EmotionReading r = reader.read("I'll cancel my account and never order again", List.of());

        assertThat(r.has(Cue.THREAT_TO_LEAVE)).isTrue();
        assertThat(r.intensity(Emotion.FRUSTRATION)).isGreaterThanOrEqualTo(0.75);
        assertThat(r.sentiment()).isLessThan(-0.3);
    }

    @Test
    void readsAnAnxiousOrSadMessageAsNegative() {
        assertThat(reader.read("my dog died and I can't deal with returns right now", List.of()).strongest())
                .isEqualTo(Emotion.SADNESS);
        assertThat(reader.read("I don't understand, which button do I press?", List.of()).strongest())
                .isEqualTo(Emotion.CONFUSION);
    }

    @Test
    void aRepeatedComplaintReadsMoreFrustratedThanTheFirst() {
        String complaint = "my parcel still has not arrived and nobody answers";
        EmotionReading first = reader.read(complaint, List.of());
        EmotionReading again = reader.read(complaint + "!", List.of(complaint));

        assertThat(again.has(Cue.REPEATED_MESSAGE)).isTrue();
        assertThat(again.intensity(Emotion.FRUSTRATION)).isGreaterThan(first.intensity(Emotion.FRUSTRATION));
        assertThat(again.sentiment()).isLessThan(first.sentiment());
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("blank", "   \n\t "),
                Arguments.of("10,000 characters", "I waited so long. ".repeat(556)),
                Arguments.of("one 10,000-character word", "a".repeat(10_000)),
                Arguments.of("binary garbage", "\u0000\u0001\u0002\uFFFF\uD800\u001b[31m\u00ff\u00fe"),
                Arguments.of("emoji only", "\uD83D\uDE00\uD83D\uDE21\uD83D\uDC4D"),
                Arguments.of("French", "Où est ma commande ? Je l'attends depuis deux semaines."),
                Arguments.of("Chinese", "我的订单在哪里"),
                Arguments.of("markup", "<script>alert('x')</script>"),
                Arguments.of("null", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void givesAValidReadingForAnyInput(String name, String text) {
        EmotionReading r = reader.read(text, List.of());

        assertThat(r.sentiment()).isBetween(-1.0, 1.0);
        assertThat(r.sentimentDistribution()).hasSize(5);
        assertThat(r.sentimentDistribution().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(r.intensities()).hasSize(Emotion.values().length);
    }

    @Test
    void readsTextWithoutWordsAsCalm() {
        assertThat(reader.read("\uD83D\uDE00\uD83D\uDE00", List.of())).isEqualTo(EmotionReading.neutral());
        assertThat(reader.read("", List.of())).isEqualTo(EmotionReading.neutral());
    }

    @Test
    void givesTheSameReadingsFromTwoThreadsAsFromOne() throws Exception {
        List<String> texts = List.of("I am absolutely furious, you charged me twice!!!",
                "thanks, that was really helpful", "where is my order?", "This is ridiculous. I want a refund now.",
                "I'm worried my package got lost", "Oh great, another delay.");
        List<EmotionReading> sequential = texts.stream().map(t -> reader.read(t, List.of())).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<EmotionReading>> jobs = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                texts.forEach(t -> jobs.add(() -> reader.read(t, List.of())));
            }
            List<Future<EmotionReading>> results = pool.invokeAll(jobs);
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(sequential.get(i % texts.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
