package io.attune.engine.reply;

import io.attune.engine.emotion.EmotionReading;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Greetings, thanks and goodbyes: short social turns that need a social answer, not a knowledge-base
 * lookup (and that must never count as the bot failing).
 */
public final class SmallTalk {

    public static final String INTENT = "small_talk";

    /** What a social turn is. */
    public enum Kind { GREETING, THANKS, GOODBYE, CHAT }

    private static final int MAX_WORDS = 9;
    private static final Pattern GREETING = Pattern.compile(
            "^(hi+|hello|hey+|hiya|yo|heya|howdy|evening|morning|good (morning|afternoon|evening)|greetings)\\b"
                    + "[\\s\\p{Punct}\\p{So}a-z]*$");
    private static final Pattern THANKS = Pattern.compile(".*\\b(thanks|thank you|thx|ty|ta|cheers|appreciate it|much appreciated)\\b.*");
    private static final Pattern BYE = Pattern.compile(".*\\b(bye+|goodbye|see (you|ya)|that'?s (all|everything|it)|all i needed"
            + "|nothing else|i'?m done|have a (nice|good|great) (day|evening|one)|take care|that'?ll be all)\\b.*");
    private static final Pattern CHAT = Pattern.compile(".*\\b(how'?s your day|how are you|how is your day|how'?s it going"
            + "|are you (a )?(robot|bot|ai|machine)|you'?re (funny|nice|sweet|clever|smart|great|helpful|actually)"
            + "|what'?s your name|who are you|how old are you|do you like your job|are you real|lol|haha)\\b.*");
    /** A question after the social words ("thanks! and can I pay with paypal?") is a question, not small talk. */
    private static final Pattern QUESTION = Pattern.compile(".*\\b(can|could|how|where|when|what|why|do|does|is|will|would|my|order|refund|parcel|package)\\b.*\\?.*");

    /** The kind of social turn this is, or empty when it asks or says something the bot should act on. */
    public Optional<Kind> kind(String message) {
        String text = message.trim().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (text.isEmpty() || text.split("\\s+").length > MAX_WORDS) {
            return Optional.empty();
        }
        if (CHAT.matcher(text).matches()) {
            return Optional.of(Kind.CHAT);
        }
        if (QUESTION.matcher(text).matches()) {
            return Optional.empty();
        }
        if (BYE.matcher(text).matches()) {
            return Optional.of(Kind.GOODBYE);
        }
        if (THANKS.matcher(text).matches()) {
            return Optional.of(Kind.THANKS);
        }
        if (GREETING.matcher(text).matches()) {
            return Optional.of(Kind.GREETING);
        }
        return Optional.empty();
    }

    public Optional<Reply> reply(String message, EmotionReading reading) {
        return kind(message).map(kind -> switch (kind) {
            case THANKS -> new Reply(Tone.of(reading).upset()
                    ? "Thank you for bearing with me. Is there anything else I can do?"
                    : "You're very welcome! Is there anything else I can help with?", java.util.List.of());
            case GOODBYE -> new Reply("Glad I could help. Thanks for chatting, and take care!", java.util.List.of());
            case GREETING -> new Reply("Hello! What can I help you with today?", java.util.List.of());
            case CHAT -> new Reply("I'm Attune's assistant, a bot, and happy to chat for a moment. I can help with "
                    + "orders, deliveries, returns, payments and your account, and I can bring in a person whenever you like.",
                    java.util.List.of());
        });
    }
}
