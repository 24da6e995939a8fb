package io.attune.widget.session;

import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.store.ConversationStore;
import io.attune.widget.customer.CustomerPage;
import io.attune.widget.customer.CustomerProfiles;
import io.attune.widget.limits.AbuseLimits;
import io.attune.widget.limits.LimitExceededException;
import io.attune.widget.limits.RateLimiter;
import io.attune.widget.token.CustomerTokens;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Starts a conversation, or resumes the one a still-valid token names, and hands out a fresh token.
 * New conversations are limited per client address ({@link AbuseLimits#sessionsPerAddress()}), resuming one
 * per conversation ({@link AbuseLimits#resumesPerConversation()}).
 */
@Service
class WidgetSessions {

    private final CustomerTokens tokens;
    private final ConversationEngine engine;
    private final ConversationStore store;
    private final RateLimiter perAddress;
    private final RateLimiter resumesPerConversation;
    private final CustomerProfiles profiles;

    WidgetSessions(CustomerTokens tokens, ConversationEngine engine, ConversationStore store, AbuseLimits limits,
                   CustomerProfiles profiles) {
        this.profiles = profiles;
        this.tokens = tokens;
        this.engine = engine;
        this.store = store;
        this.perAddress = limits.limiter(limits.sessionsPerAddress());
        this.resumesPerConversation = limits.limiter(limits.resumesPerConversation());
    }

    /**
     * @param fresh the customer asked for a new conversation: the previous token only says who they are
     * @throws LimitExceededException when {@code clientAddress} has started too many conversations lately, or
     *                                the token's conversation was resumed too often lately
     */
    SessionAnswer startOrResume(String previousToken, boolean fresh, String clientAddress, CustomerPage page) {
        Optional<ConversationSnapshot> resumed = fresh ? Optional.empty()
                : tokens.verify(previousToken).flatMap(store::find).filter(c -> c.state() != ConversationState.CLOSED);
        // The same browser keeps its customer id from one conversation to the next (claim cid of the token).
        String customer = tokens.customer(previousToken).orElseGet(() -> UUID.randomUUID().toString());
        resumed.ifPresent(c -> mayResume(c.id()));
        ConversationSnapshot conversation = resumed.orElseGet(() -> open(clientAddress));
        ConversationId id = conversation.id();
        if (resumed.isEmpty()) {
            profiles.belongsTo(id, customer);
        }
        profiles.arrivedFrom(id, page);
        return new SessionAnswer(tokens.issue(id, customer), id.toString(), conversation.state(), resumed.isPresent());
    }

    private void mayResume(ConversationId id) {
        Duration wait = resumesPerConversation.take(id.toString());
        if (!wait.isZero()) {
            throw new LimitExceededException("too-many-sessions",
                    "This chat was reopened too often in a short time. It will come back in a moment.", wait);
        }
    }

    private ConversationSnapshot open(String clientAddress) {
        Duration wait = perAddress.take(clientAddress);
        if (!wait.isZero()) {
            throw new LimitExceededException("too-many-sessions",
                    "Too many chats have been started from your network. Please try again in a few minutes.", wait);
        }
        return engine.open(null).snapshot();
    }

    /**
     * @param resumed false when a new conversation was started (no token, or it expired, was forged,
     *                or its conversation is over)
     */
    record SessionAnswer(String token, String conversationId, ConversationState state, boolean resumed) {
    }
}
