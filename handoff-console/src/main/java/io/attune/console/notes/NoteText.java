package io.attune.console.notes;

import io.attune.engine.EngineException;
import io.attune.engine.MessageText;

/**
 * What a note may say: something (not only spaces), at most {@link Note#MAX_LENGTH} characters, without the
 * control characters a message may not hold either ({@link MessageText#withoutControls}).
 */
final class NoteText {

    private NoteText() {
    }

    /** @return the text without control characters and surrounding spaces; @throws EngineException "invalid-note" with the reason */
    static String checked(String text) {
        String stripped = text == null ? "" : MessageText.withoutControls(text).strip();
        if (stripped.isEmpty()) {
            throw new EngineException("invalid-note", "The note is empty: write something before adding it.");
        }
        if (stripped.length() > Note.MAX_LENGTH) {
            throw new EngineException("invalid-note", "A note can be at most 2,000 characters long (this one has "
                    + String.format("%,d", stripped.length()) + ").");
        }
        return stripped;
    }
}
