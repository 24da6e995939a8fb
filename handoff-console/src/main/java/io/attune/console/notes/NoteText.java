package io.attune.console.notes;

import io.attune.engine.EngineException;

/** What a note may say: something (not only spaces), at most {@link Note#MAX_LENGTH} characters. */
final class NoteText {

    private NoteText() {
    }

    /** @return the text without surrounding spaces; @throws EngineException "invalid-note" with the reason */
    static String checked(String text) {
        String stripped = text == null ? "" : text.strip();
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
