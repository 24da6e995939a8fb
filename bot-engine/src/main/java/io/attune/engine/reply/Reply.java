package io.attune.engine.reply;

import io.attune.engine.conversation.QuickReply;
import java.util.List;

/** What the bot says, with the choices it offers. */
public record Reply(String text, List<QuickReply> quickReplies) {

    public Reply {
        quickReplies = List.copyOf(quickReplies);
    }
}
