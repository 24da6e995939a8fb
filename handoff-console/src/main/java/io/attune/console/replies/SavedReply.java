package io.attune.console.replies;

/** A reply an admin wrote once for agents to insert (and adapt) in the reply box: a short title and its text. */
public record SavedReply(String id, String title, String text) {
}
