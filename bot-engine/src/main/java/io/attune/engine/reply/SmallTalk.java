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
    private static final int MAX_WORDS = 7;
    private static final Pattern GREETING = Pattern.compile(
            "^(hi|hello|hey|hiya|good (morning|afternoon|evening)|greetings)\\b[\\s\\p{Punct}\\p{So}a-z]*$");
    private static final Pattern THANKS = Pattern.compile(".*\\b(thanks|thank you|thx|ty|cheers|appreciate it)\\b.*");
    private static final Pattern BYE = Pattern.compile("^(bye|goodbye|see you|that'?s all|nothing else|no,? that'?s it)\\b.*");

    public Optional<Reply> reply(String message, EmotionReading reading) {
        String text = message.trim().toLowerCase(Locale.ROOT);
        if (text.split("\\s+").length > MAX_WORDS) {
            return Optional.empty();
        }
        if (THANKS.matcher(text).matches()) {
            return Optional.of(new Reply(Tone.of(reading).upset()
                    ? "Thank you for bearing with me. Is there anything else I can do?"
                    : "You're very welcome! Is there anything else I can help with?", java.util.List.of()));
        }
        if (BYE.matcher(text).matches()) {
            return Optional.of(new Reply("Thanks for chatting. Take care!", java.util.List.of()));
        }
        if (GREETING.matcher(text).matches()) {
            return Optional.of(new Reply("Hello! What can I help you with today?", java.util.List.of()));
        }
        return Optional.empty();
    }
}
