package io.attune.widget.session;

import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.store.ConversationStore;
import io.attune.widget.token.CustomerTokens;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Starts a conversation, or resumes the one a still-valid token names, and hands out a fresh token. */
@Service
class WidgetSessions {

    private final CustomerTokens tokens;
    private final ConversationEngine engine;
    private final ConversationStore store;

    WidgetSessions(CustomerTokens tokens, ConversationEngine engine, ConversationStore store) {
        this.tokens = tokens;
        this.engine = engine;
        this.store = store;
    }

    SessionAnswer startOrResume(String previousToken) {
        Optional<ConversationSnapshot> resumed = tokens.verify(previousToken).flatMap(store::find)
                .filter(c -> c.state() != ConversationState.CLOSED);
        ConversationSnapshot conversation = resumed.orElseGet(() -> engine.open(null).snapshot());
        ConversationId id = conversation.id();
        return new SessionAnswer(tokens.issue(id), id.toString(), conversation.state(), resumed.isPresent());
    }

    /**
     * @param resumed false when a new conversation was started (no token, or it expired, was forged,
     *                or its conversation is over)
     */
    record SessionAnswer(String token, String conversationId, ConversationState state, boolean resumed) {
    }
}
