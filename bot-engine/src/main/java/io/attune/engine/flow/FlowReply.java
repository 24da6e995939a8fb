package io.attune.engine.flow;

import io.attune.engine.conversation.FlowState;
import io.attune.engine.conversation.QuickReply;
import java.util.List;

/**
 * What a flow says next.
 *
 * @param next       the flow's state after this reply; null when the flow is over
 * @param understood whether the customer's message was what the flow asked for
 */
public record FlowReply(String text, List<QuickReply> quickReplies, FlowState next, boolean understood) {

    public FlowReply {
        quickReplies = List.copyOf(quickReplies);
    }

    static FlowReply ask(String text, FlowState next, QuickReply... choices) {
        return new FlowReply(text, List.of(choices), next, true);
    }

    static FlowReply done(String text, QuickReply... choices) {
        return new FlowReply(text, List.of(choices), null, true);
    }

    static FlowReply retry(String text, FlowState next) {
        return new FlowReply(text, List.of(), next, false);
    }

    static FlowReply gaveUp(String text) {
        return new FlowReply(text, List.of(), null, false);
    }

    /** The same reply with a sentence added at the end. */
    FlowReply followedBy(String sentence) {
        return new FlowReply(text + " " + sentence, quickReplies, next, understood);
    }

    public boolean finished() {
        return next == null;
    }
}
