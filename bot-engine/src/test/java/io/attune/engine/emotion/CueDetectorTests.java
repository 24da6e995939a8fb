package io.attune.engine.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CueDetectorTests {

    private final CueDetector cues = new CueDetector();

    @ParameterizedTest
    @ValueSource(strings = {"can I talk to a person?", "get me a human", "agent please", "I want to speak with a manager",
            "Is this a real person?", "connect me to a live agent", "HUMAN PLEASE", "let me talk to someone"})
    void findsAnAskForAPerson(String text) {
        assertThat(cues.detect(text, List.of())).contains(Cue.ASKED_FOR_PERSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'll cancel my account", "I'm going to a competitor", "never ordering from you again",
            "I am done with you", "I'm taking my business elsewhere", "gonna switch to Amazon"})
    void findsAThreatToLeave(String text) {
        assertThat(cues.detect(text, List.of())).contains(Cue.THREAT_TO_LEAVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"where is my order?", "how do I delete my account", "I want to cancel my order",
            "can you help me with a refund", "the agent was helpful, thanks", "please check assistance hours",
            "hello, shell script question"})
    void findsNothingInRoutineQuestions(String text) {
        assertThat(cues.detect(text, List.of())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I want to cancel the order I placed this morning", "I'd like to leave a review",
            "I'm leaving on Friday so I need it before then", "can you cancel my order please",
            "please cancel order B7730012", "I'll leave it with you then", "how do I leave feedback?"})
    void findsNoThreatToLeaveInCalmCancellationsAndOtherLeaving(String text) {
        assertThat(cues.detect(text, List.of())).doesNotContain(Cue.THREAT_TO_LEAVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"can I book a table for one person", "a table for two person please",
            "is the price per person?", "the delivery person was lovely", "I need my personal details changed"})
    void findsNoAskForAPersonWhenPeopleAreCounted(String text) {
        assertThat(cues.detect(text, List.of())).doesNotContain(Cue.ASKED_FOR_PERSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"the person who delivered it was lovely, please pass that on", "is the tent big enough for one person",
            "I'd like to speak to... actually no, just point me to the returns page", "where do i update my personal details"})
    void speakingOfPeopleIsNoAskForOne(String text) {
        assertThat(CueDetector.speaksOfPeopleWithoutAsking(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"can I talk to a person please", "the person who answered before was rude, get me a manager"})
    void anAskStaysAnAskEvenBesideOtherPeople(String text) {
        assertThat(CueDetector.speaksOfPeopleWithoutAsking(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I want to make a formal complaint", "I'd like to complain about the courier",
            "how do I file a complaint", "this is an official complaint", "I will complain to your manager"})
    void findsAFormalComplaint(String text) {
        assertThat(cues.detect(text, List.of())).contains(Cue.FORMAL_COMPLAINT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm going to close my account if this isn't fixed", "fix it or I'll leave you for good",
            "I'm seriously considering closing my account"})
    void findsAThreatToCloseTheAccount(String text) {
        assertThat(cues.detect(text, List.of())).contains(Cue.THREAT_TO_LEAVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"this is fucking ridiculous", "what the hell", "f*cking useless", "bullshit service",
            "damn it", "this is shit"})
    void findsProfanity(String text) {
        assertThat(cues.detect(text, List.of())).contains(Cue.PROFANITY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"what the f*** is going on", "this is s**t", "f**k this", "absolute sh*t service",
            "bl**dy useless", "f***ing shambles", "wtf is this", "what the f#@k", "you a**holes", "F*** OFF"})
    void findsStarredOutSwearing(String text) {
        assertThat(cues.detect(text, List.of())).contains(Cue.PROFANITY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my order *12345* is late", "the 5* review", "a * b", "rated it ***** on the app",
            "the hellman box", "f", "s"})
    void doesNotTakeStarsOrWordsContainingSwearsForSwearing(String text) {
        assertThat(cues.detect(text, List.of())).doesNotContain(Cue.PROFANITY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"WHERE IS MY ORDER", "answer me!!", "seriously?!?", "I SAID I WANT MY MONEY BACK"})
    void findsShouting(String text) {
        assertThat(cues.detect(text, List.of())).contains(Cue.SHOUTING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"OK", "I ordered a USB-C cable from UPS", "Really? Thanks!"})
    void doesNotCallShortCapitalsOrOneMarkShouting(String text) {
        assertThat(cues.detect(text, List.of())).doesNotContain(Cue.SHOUTING);
    }

    @Test
    void findsANearDuplicateOfAnEarlierMessage() {
        List<String> earlier = List.of("hi", "my order 12345 has not arrived yet", "ok");

        assertThat(cues.detect("My order 12345 has NOT arrived yet!", earlier)).contains(Cue.REPEATED_MESSAGE);
        assertThat(cues.detect("my order 12345 arrived broken", earlier)).doesNotContain(Cue.REPEATED_MESSAGE);
    }

    @Test
    void doesNotCountShortRepliesAsRepeats() {
        assertThat(cues.detect("yes", List.of("yes", "yes"))).doesNotContain(Cue.REPEATED_MESSAGE);
        assertThat(cues.detect("ok thanks", List.of("ok thanks"))).doesNotContain(Cue.REPEATED_MESSAGE);
    }
}
