package io.attune.engine;

import java.util.regex.Pattern;

/** Checks a message's text before anything is stored: not blank, not too long, no control characters. */
public final class MessageText {

    public static final int MAX_LENGTH = 2_000;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

    private MessageText() {
    }

    /** The text as stored: control characters other than line breaks and tabs removed, trimmed. */
    public static String checked(String text) {
        if (text == null) {
            throw new EngineException("empty-message", "The message is empty.");
        }
        String clean = withoutControls(text).strip();
        if (clean.isEmpty()) {
            throw new EngineException("empty-message", "The message is empty.");
        }
        if (clean.length() > MAX_LENGTH) {
            throw new EngineException("message-too-long",
                    "The message is too long: at most " + MAX_LENGTH + " characters, please.");
        }
        return clean;
    }

    /** An optional text (a survey's comment): blank is no text at all, anything else is checked as a message. */
    public static String optional(String text) {
        return text == null || withoutControls(text).isBlank() ? null : checked(text);
    }

    /** The one rule for control characters in what people write: all removed but line breaks and tabs. */
    public static String withoutControls(String text) {
        return CONTROL.matcher(text).replaceAll("");
    }
}
