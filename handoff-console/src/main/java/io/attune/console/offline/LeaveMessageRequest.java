package io.attune.console.offline;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a customer sends to leave a message: the text and a way to reach them back. Name and email are checked
 * (their lengths too) by the widget's {@code CustomerDetails} alone, as when they are given on asking for a person,
 * so the customer reads the same words either way.
 *
 * @param token the widget's customer token, when it has one: the message is then filed with that
 *              conversation (a conversation is never taken on the client's word)
 */
record LeaveMessageRequest(
        @Size(max = 4096, message = "not a chat token") String token,
        String name,
        String email,
        @NotBlank(message = "Write your message.")
        @Size(max = 2000, message = "Keep your message under 2,000 characters.") String text) {

    @AssertTrue(message = "Leave your email or your name so we can get back to you.")
    boolean isReachable() {
        return (name != null && !name.isBlank()) || (email != null && !email.isBlank());
    }
}
