package io.attune.widget.store;

import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationState;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conversations waiting for an agent, oldest handoff first, as the database has them; without those set
 * aside because their customer has gone ({@link CustomerPresenceRows}): they rejoin at their place on return.
 */
@Component
public class WaitingLine {

    private final ConversationRepository conversations;

    WaitingLine(ConversationRepository conversations) {
        this.conversations = conversations;
    }

    @Transactional(readOnly = true)
    public List<ConversationId> waiting() {
        return conversations.presentInState(ConversationState.WAITING_FOR_AGENT).stream().map(ConversationId::new)
                .toList();
    }
}
