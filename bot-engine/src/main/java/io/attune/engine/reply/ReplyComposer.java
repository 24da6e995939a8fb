package io.attune.engine.reply;

import io.attune.engine.conversation.QuickReply;
import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.handoff.HandoffDecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Words the bot's answer the way a good support person would: acknowledges frustration or worry
 * before answering, keeps it short and plain with an angry customer, never adds cheerful filler for
 * an upset one, and offers a person when emotion rises but has not crossed the threshold.
 */
public final class ReplyComposer {

    /** The text a customer sends by choosing "talk to a person"; the cue detector reads it as an ask. */
    public static final QuickReply TALK_TO_PERSON = new QuickReply("Talk to a person", "I'd like to talk to a person");
    private static final QuickReply KEEP_GOING = new QuickReply("Keep going here", "No thanks, let's keep going");
    /** The text a customer sends by choosing to try a flow's question again. */
    public static final QuickReply TRY_AGAIN = new QuickReply("Try again", "Let's try again");
    /** A quick reply's label fits on a phone's screen up to about this many characters. */
    private static final int ALSO_ASKED_LENGTH = 60;

    private static final Map<Tone, List<String>> ACKNOWLEDGE = Map.of(
            Tone.ANGRY, List.of("I'm sorry about this.", "I'm sorry, that shouldn't have happened."),
            Tone.FRUSTRATED, List.of("I understand how frustrating this is.", "Sorry for the trouble, let's fix it."),
            Tone.WORRIED, List.of("I understand the worry, so here's what to do.", "Let's get this sorted for you."),
            Tone.SAD, List.of("I'm sorry to hear that.", "I'm sorry you're dealing with this."),
            Tone.CONFUSED, List.of("Let me put it simply.", "Here's the short version."));

    /** Words an answer to a known question, chosen by turn number so replies don't repeat word for word. */
    public Reply answer(String answer, List<QuickReply> choices, EmotionReading reading, HandoffDecision decision,
                        long turn) {
        Tone tone = Tone.of(reading);
        String body = tone == Tone.ANGRY || tone == Tone.CONFUSED ? firstSentences(answer, 2) : answer;
        if (tone.upset()) {
            body = calm(body);
        }
        String opening = ACKNOWLEDGE.containsKey(tone) && !apologises(body) ? pick(ACKNOWLEDGE.get(tone), turn) + " " : "";
        List<QuickReply> offered = new ArrayList<>(tone == Tone.ANGRY ? List.of() : choices);
        String text = opening + body;
        if (decision.verdict() == HandoffDecision.Verdict.OFFER_PERSON) {
            text += " If you'd rather talk to a person, I can connect you right away.";
            offered.add(0, TALK_TO_PERSON);
            offered.add(1, KEEP_GOING);
        }
        return new Reply(text, offered);
    }

    /** The answer to a customer's second question, after the first one's: no second apology or offer of a person. */
    public Reply alsoAnswer(String answer, List<QuickReply> choices, EmotionReading reading) {
        Tone tone = Tone.of(reading);
        String body = tone == Tone.ANGRY || tone == Tone.CONFUSED ? firstSentences(answer, 2) : answer;
        return new Reply("And to your other question: " + (tone.upset() ? calm(body) : body),
                tone == Tone.ANGRY ? List.of() : choices);
    }

    /** A reply with the customer's second question offered after it, to be sent when they are ready for it. */
    public Reply alsoAsked(Reply reply, String question) {
        List<QuickReply> offered = new ArrayList<>(reply.quickReplies());
        offered.add(new QuickReply("You also asked: " + shortened(question), question));
        return new Reply(reply.text(), offered);
    }

    private static String shortened(String text) {
        return text.length() <= ALSO_ASKED_LENGTH ? text : text.substring(0, ALSO_ASKED_LENGTH - 1).strip() + "\u2026";
    }

    /**
     * The customer, asked for a detail, vented instead of giving it: name the feeling and let them choose
     * between trying again and a person, rather than telling an upset customer their words are no order number.
     */
    public Reply ventedInFlow(EmotionReading reading, long turn) {
        Tone tone = Tone.of(reading);
        String opening = ACKNOWLEDGE.containsKey(tone) ? pick(ACKNOWLEDGE.get(tone), turn) + " " : "";
        return new Reply(opening + "Would you like to try again, or shall I connect you with a person?",
                List.of(TRY_AGAIN, TALK_TO_PERSON));
    }

    /**
     * The bot hands over: honest, and never cheerful with an upset customer. When nobody can answer now it
     * promises no person, and points to the message the customer can leave instead.
     *
     * @param away why nobody can answer now; empty when a person can
     */
    public Reply handoff(EmotionReading reading, Optional<String> away) {
        String opening = Tone.of(reading).upset() ? "I'm sorry about this. " : "";
        if (away.isPresent()) {
            return new Reply(opening + "I'd like a person to help you with this, but nobody from our team can "
                    + "answer right now. You can leave them a message below, and they'll see everything we've talked "
                    + "about. I can still help with anything I know here.", List.of());
        }
        return new Reply(opening + "I'm connecting you with a person now. They'll see everything we've talked "
                + "about, so you won't need to repeat yourself.", List.of());
    }

    /**
     * A routine answer while the customer waits for a person: the answer, and, when a person is coming,
     * that asking did not cost the customer their place.
     */
    public Reply answerWhileWaiting(String answer, EmotionReading reading, boolean personComing, long turn) {
        Reply plain = answer(answer, List.of(), reading, HandoffDecision.stay(), turn);
        return new Reply(plain.text() + (personComing ? " You keep your place in line for a person." : ""), List.of());
    }

    /** The bot did not understand: says so plainly and offers ways forward. */
    public Reply notUnderstood(EmotionReading reading, HandoffDecision decision, List<QuickReply> topics, long turn) {
        Tone tone = Tone.of(reading);
        String text = tone.upset()
                ? "I'm sorry, I didn't get that. Could you put it another way?"
                : pick(List.of("I want to get this right. Could you tell me a bit more?",
                "Sorry, I didn't quite follow. Could you say it another way?"), turn);
        return answerLike(text, topics, decision);
    }

    /**
     * The bot is unsure which of a few things the customer means: asks, with each as a choice to pick
     * (even for an angry customer, since the choices are the way forward).
     */
    public Reply didYouMean(EmotionReading reading, HandoffDecision decision, List<QuickReply> choices, long turn) {
        Tone tone = Tone.of(reading);
        String text = (tone.upset() ? "I'm sorry, I want to get this right. Did you mean one of these?"
                : pick(List.of("I want to be sure I help with the right thing. Did you mean one of these?",
                "Just to check I've got it right: did you mean one of these?"), turn))
                + " If not, tell me in other words.";
        return answerLike(text, choices, decision);
    }

    /** A question outside what the shop's assistant covers. */
    public Reply outOfScope(EmotionReading reading, HandoffDecision decision, List<QuickReply> topics, long turn) {
        Tone tone = Tone.of(reading);
        String opening = ACKNOWLEDGE.containsKey(tone) && tone.upset() ? pick(ACKNOWLEDGE.get(tone), turn) + " " : "";
        return answerLike(opening + "I'm afraid I can't help with that here. I can help with orders, deliveries, "
                + "returns and refunds, payments and your account.", tone == Tone.ANGRY ? List.of() : topics, decision);
    }

    private static Reply answerLike(String text, List<QuickReply> topics, HandoffDecision decision) {
        List<QuickReply> offered = new ArrayList<>(topics);
        if (decision.verdict() == HandoffDecision.Verdict.OFFER_PERSON) {
            text += " Or I can connect you with a person.";
            offered.add(0, TALK_TO_PERSON);
        }
        return new Reply(text, offered);
    }

    private static String pick(List<String> options, long turn) {
        return options.get((int) Math.floorMod(turn, options.size()));
    }

    /** An answer that opens with an apology needs no second one in front of it. */
    private static boolean apologises(String answer) {
        return answer.startsWith("Sorry") || answer.startsWith("I'm sorry");
    }

    /** No exclamation marks for an upset customer: they read as cheerful. */
    static String calm(String text) {
        return text.replace("!", ".").replace("..", ".");
    }

    static String firstSentences(String text, int count) {
        int end = 0;
        for (int i = 0; i < count; i++) {
            int next = indexOfSentenceEnd(text, end);
            if (next < 0) {
                return text;
            }
            end = next + 1;
        }
        return text.substring(0, end).trim();
    }

    private static int indexOfSentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return -1;
    }
}
