package io.attune.widget.messaging;

import io.attune.engine.conversation.ConversationId;
import java.util.Set;

/**
 * The conversations whose customer left a message for the team while nobody could answer (the console
 * keeps those messages). Such a customer is told their message is with the team, is no longer offered the
 * form, and no longer counts toward anyone's place in line.
 */
@FunctionalInterface
public interface LeftMessages {

    LeftMessages NONE = Set::of;

    /** Conversations with a message the team has not handled yet. */
    Set<ConversationId> conversations();
}
