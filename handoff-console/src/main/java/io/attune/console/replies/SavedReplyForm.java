package io.attune.console.replies;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an admin fills in for a saved reply; the limits match the table and the reply box (2,000 characters). */
record SavedReplyForm(
        @NotBlank(message = "Give the reply a title: agents find it by its title.")
        @Size(max = 80, message = "Keep the title to 80 characters.") String title,
        @NotBlank(message = "Write the reply's text.")
        @Size(max = 2000, message = "A reply can be at most 2,000 characters long.") String text) {

    static SavedReplyForm empty() {
        return new SavedReplyForm("", "");
    }

    SavedReply toReply(String id) {
        return new SavedReply(id, title.strip(), text.strip());
    }
}
