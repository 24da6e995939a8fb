package io.attune.console.offline;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a customer sends to leave a message: the text and a way to reach them back (name and email are
 * checked by {@code CustomerDetails}, as when they are given on asking for a person).
 *
 * @param token the widget's customer token, when it has one: the message is then filed with that
 *              conversation (a conversation is never taken on the client's word)
 */
record LeaveMessageRequest(
        @Size(max = 4096, message = "not a chat token") String token,
        @Size(max = 80, message = "Keep your name under 80 characters.") String name,
        @Size(max = 254, message = "That email address is too long.") String email,
        @NotBlank(message = "Write your message.")
        @Size(max = 2000, message = "Keep your message under 2,000 characters.") String text) {

    @AssertTrue(message = "Leave your email or your name so we can get back to you.")
    boolean isReachable() {
        return (name != null && !name.isBlank()) || (email != null && !email.isBlank());
    }
}
