package io.attune.engine.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.engine.Readings;
import io.attune.engine.emotion.Cue;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReading;
import org.junit.jupiter.api.Test;

class DraftReviewerTests {

    static final EmotionReading ANGRY = Readings.feeling(Emotion.ANGER, 0.85, -0.7);
    static final EmotionReading ANXIOUS = Readings.feeling(Emotion.ANXIETY, 0.7, -0.4);
    static final EmotionReading CALM = Readings.calm();

    final DraftReviewer reviewer = new DraftReviewer(CoachingRules.defaults());

    @Test
    void aCurtDraftToAnAngryCustomerGetsANoteWithAWarmerRewording() {
        DraftReview review = reviewer.review("Calm down, as I already said that's our policy", ANGRY);

        assertThat(review.note()).isTrue();
        assertThat(review.reasons()).contains(ReplyCue.DISMISSIVE, ReplyCue.POLICY_WALL, ReplyCue.NO_ACKNOWLEDGEMENT);
        assertThat(review.suggestion()).startsWith("I'm sorry, I can see why you're upset.")
                .doesNotContainIgnoringCase("calm down").doesNotContainIgnoringCase("already said")
                .contains("update you by [time]");
    }

    @Test
    void aWarmDraftWithANextStepAndATimeGetsNoNote() {
        DraftReview review = reviewer.review(
                "I'm so sorry about this, I've asked the warehouse and will update you by 3pm today", ANGRY);

        assertThat(review).isEqualTo(DraftReview.fine());
    }

    /**
     * Decided: the note still appears. "Calm down" and "as I already said" are condescending whatever the
     * customer's mood; said to someone calm with a routine question they are what makes people upset. Only the
     * policy part is let go for a calm customer: "that's our policy" answers a routine question.
     */
    @Test
    void theSameCurtDraftToACalmCustomerStillGetsANoteForTheDismissiveWordsButNotForThePolicy() {
        DraftReview review = reviewer.review("Calm down, as I already said that's our policy", CALM);

        assertThat(review.note()).isTrue();
        assertThat(review.reasons()).containsExactly(ReplyCue.DISMISSIVE);
    }

    @Test
    void policyAndNoAcknowledgementAreFineForACalmRoutineQuestion() {
        assertThat(reviewer.review("Sale items can be returned within 14 days, that's our policy.", CALM).note()).isFalse();
        assertThat(reviewer.review("Refunds take 5 to 7 working days.", CALM).note()).isFalse();
    }

    @Test
    void noAcknowledgementToAnUpsetCustomerGetsANote() {
        DraftReview review = reviewer.review("Refunds take 5 to 7 working days.", ANXIOUS);

        assertThat(review.reasons()).containsExactly(ReplyCue.NO_ACKNOWLEDGEMENT);
        assertThat(review.suggestion()).startsWith("I understand this is worrying, and I'm sorry.")
                .contains("Refunds take 5 to 7 working days.");
    }

    @Test
    void aPromiseWithoutATimeToAWorriedCustomerGetsANoteAndTheSuggestionAsksForATime() {
        DraftReview review = reviewer.review("Sorry, we'll look into it.", ANXIOUS);

        assertThat(review.reasons()).containsExactly(ReplyCue.PROMISE_WITHOUT_TIME);
        assertThat(review.suggestion()).contains("we'll look into it and update you by [time].");
        assertThat(reviewer.review("Sorry, we'll look into it and message you by 4pm today.", ANXIOUS).note()).isFalse();
    }

    @Test
    void blamingShoutingAndJargonGetANoteInAnyMood() {
        assertThat(reviewer.review("You should have read the size chart.", CALM).reasons()).contains(ReplyCue.BLAMING);
        assertThat(reviewer.review("NO THERE ISN'T!!", CALM).reasons()).containsExactly(ReplyCue.SHOUTING);
        assertThat(reviewer.review("Your RMA is pending in the WMS.", CALM).reasons()).containsExactly(ReplyCue.JARGON);
    }

    @Test
    void theRewordingLowersShoutingAndPutsJargonPlainly() {
        String suggestion = reviewer.review("YOUR RMA HAS BEEN SENT!!", ANGRY).suggestion();

        assertThat(suggestion).contains("Your return number has been sent.").doesNotContain("RMA").doesNotContain("!!");
    }

    @Test
    void aCustomerWhoIsShoutingCountsAsUpsetEvenWhenTheEmotionIsReadNeutral() {
        EmotionReading shouting = Readings.feeling(Emotion.NEUTRAL, 0.9, 0.0, Cue.SHOUTING);

        assertThat(reviewer.review("It's with the courier.", shouting).reasons()).containsExactly(ReplyCue.NO_ACKNOWLEDGEMENT);
    }

    @Test
    void theRewordingKeepsAPolicyAnswerForACalmCustomerAndEndsEverySentence() {
        String suggestion = reviewer.review("Calm down, as I already said that's our policy", CALM).suggestion();

        assertThat(suggestion).isEqualTo("Sorry if I wasn't clear. That's our policy.");
    }

    @Test
    void anEmptyDraftOrAnUnknownMoodNeverThrows() {
        assertThat(reviewer.review("", ANGRY).note()).isFalse();
        assertThat(reviewer.review(null, null).note()).isFalse();
        assertThat(reviewer.review("Thanks, it's on its way.", null).note()).isFalse();
    }
}
