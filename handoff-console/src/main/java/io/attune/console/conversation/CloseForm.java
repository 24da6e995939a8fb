package io.attune.console.conversation;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Closing a conversation: a note for the record and the agent's mark "was a person needed?"
 * ({@code yes}, {@code no}, or empty for not sure), the ground truth for the admin's what-if.
 */
record CloseForm(@Size(max = 2000, message = "Keep the note under 2,000 characters.") String note,
                 @Pattern(regexp = "yes|no|", message = "Choose yes, no or not sure.") String needed) {

    Boolean handoffNeeded() {
        return needed == null || needed.isEmpty() ? null : needed.equals("yes");
    }

    String trimmedNote() {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
