package io.attune.engine.conversation;

/** A choice offered with a reply: the button's label and the text sent when it is chosen. */
public record QuickReply(String label, String text) {

    public static QuickReply of(String text) {
        return new QuickReply(text, text);
    }
}
