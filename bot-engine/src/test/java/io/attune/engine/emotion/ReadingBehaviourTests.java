package io.attune.engine.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Behavioural tests of the shipped reader in the CheckList manner (Ribeiro et al. 2020), issue 10's third
 * round: minimum functionality on words the team's chats never used (WordNet's synonyms of the seeds),
 * invariance to typos, and directional expectations (an intensifier, capitals, an angry emoji or an upset
 * earlier turn raise the reading; a negation lowers it). Each has a threshold a careful reader would accept.
 */
class ReadingBehaviourTests {

    private final CoreNlpEmotionReader reader = SharedModels.shipped();

    private double upset(String text, List<String> earlier) {
        EmotionReading r = reader.read(text, earlier);
        return Math.max(r.intensity(Emotion.ANGER), r.intensity(Emotion.FRUSTRATION));
    }

    private double upset(String text) {
        return upset(text, List.of());
    }

    /** CheckList reports a failure rate per capability: at least {@code minimum} of the texts must pass. */
    private static void atLeast(int minimum, List<String> texts, Predicate<String> passes) {
        List<String> failed = texts.stream().filter(passes.negate()).toList();
        assertThat(texts.size() - failed.size()).as("passed %d of %d; failed: %s", texts.size() - failed.size(),
                texts.size(), failed).isGreaterThanOrEqualTo(minimum);
    }

    @Test
    void angerWordsBeyondTheTeamsChatsReadUpset() {
        // "incensed", "indignant", "maddening" come from WordNet's synonyms of the seeds, not from the team's chats
        atLeast(4, List.of("I am incensed that my order was cancelled without a word",
                "frankly I am indignant about how I have been treated", "your courier is utterly incompetent",
                "this whole thing is maddening, three weeks and no parcel", "I am fuming, where is my refund",
                "I am outraged, you cancelled my order without telling me"), text -> upset(text) >= 0.45);
    }

    @Test
    void worryWordsReadAsAnxiety() {
        atLeast(3, List.of("I'm terrified the parcel with my passport is lost",
                "I'm worried sick, the medicine has not arrived and I run out tomorrow",
                "I'm so nervous the payment went to the wrong account",
                "I'm scared someone has used my card, there are payments I never made",
                "really apprehensive about this payment, did it go through twice?"),
                text -> reader.read(text, List.of()).strongest() == Emotion.ANXIETY);
    }

    @Test
    void sadWordsReadAsSadness() {
        atLeast(3, List.of("I'm heartbroken, the vase was my late mother's and it arrived smashed",
                "absolutely gutted, the photo album for my grandad's funeral never came",
                "I feel devastated, it was the last present from my dad",
                "I'm really sad, the cake for my mum's birthday arrived squashed"),
                text -> reader.read(text, List.of()).strongest() == Emotion.SADNESS);
    }

    @Test
    void misspeltAngerReadsLikeTheWordSpeltRight() {
        double spelt = upset("I am furious, this is ridiculous and disappointing");
        double misspelt = upset("I am furius, this is rediculous and dissapointing");

        assertThat(misspelt).isGreaterThanOrEqualTo(0.6).isCloseTo(spelt, org.assertj.core.data.Offset.offset(0.15));
    }

    @Test
    void aNegatedAngerWordIsNoAnger() {
        assertThat(upset("I'm not angry, just asking when it arrives")).isLessThan(0.4);
        assertThat(upset("I am angry, just tell me when it arrives")).isGreaterThan(upset("I'm not angry, just asking when it arrives") + 0.2);
    }

    @Test
    void neverBeenSoAngryIsAnger() {
        assertThat(upset("I have never been so angry with a shop in my life")).isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void anIntensifierRaisesTheReading() {
        assertThat(upset("I am absolutely livid with this")).isGreaterThanOrEqualTo(upset("I am a bit annoyed with this") + 0.3);
        assertThat(upset("this is so so frustrating")).isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void capitalsAndRepeatedMarksRaiseTheReading() {
        double plain = upset("where is my refund");

        assertThat(upset("WHERE IS MY REFUND")).isGreaterThanOrEqualTo(plain + 0.15);
        assertThat(upset("where is my refund?!?!")).isGreaterThanOrEqualTo(plain + 0.15);
    }

    @Test
    void anAngryEmojiRaisesTheReadingAndAHappyOneDoesNot() {
        assertThat(upset("where is my refund 😡😡")).isGreaterThanOrEqualTo(upset("where is my refund") + 0.2);
        assertThat(upset("it came!! 😍")).isLessThan(0.2);
        assertThat(upset("thank you so much 😊")).isLessThan(0.2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"what the f*** is going on with my order", "this is s**t, absolute s**t", "wtf, where is my money"})
    void starredOutSwearingReadsUpset(String text) {
        EmotionReading r = reader.read(text, List.of());

        assertThat(r.has(Cue.PROFANITY)).as(text).isTrue();
        assertThat(upset(text)).as(text).isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void sarcasticPraiseAfterFailuresReadsAsFrustration() {
        List<String> earlier = List.of("my parcel was marked delivered but it's not here", "I already checked with the neighbours");

        EmotionReading r = reader.read("oh brilliant, another link to the same help page", earlier);

        assertThat(r.intensity(Emotion.FRUSTRATION) + r.intensity(Emotion.ANGER)).isGreaterThanOrEqualTo(0.5);
        assertThat(r.intensity(Emotion.JOY)).isLessThan(0.2);
    }

    @Test
    void aTerseTurnReadsUpsetAfterUpsetEarlierTurns() {
        double alone = upset("same error");
        double afterFailures = upset("same error", List.of("my voucher doesn't apply at checkout",
                "I've typed it in three times now, still says invalid, this is getting ridiculous"));

        assertThat(afterFailures).isGreaterThanOrEqualTo(alone + 0.15);
    }
}
