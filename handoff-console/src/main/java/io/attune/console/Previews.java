package io.attune.console;

/** A message shortened for a list (the queue, the conversation list): the agent reads the rest on its page. */
public final class Previews {

    public static final int LENGTH = 140;

    private Previews() {
    }

    /** @return the text, or its first {@link #LENGTH} characters ending with an ellipsis; null stays null */
    public static String of(String text) {
        return text == null || text.length() <= LENGTH ? text : text.substring(0, LENGTH - 1).stripTrailing() + "…";
    }
}
