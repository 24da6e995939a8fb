package io.attune.security;

import io.attune.console.ConsoleDestinations;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.store.ConversationStore;
import io.attune.widget.CustomerAuthentication;
import java.util.function.Supplier;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;

/**
 * Who may SUBSCRIBE or SEND where. Customers: only their own conversation and their private queues.
 * Agents: the queue, their private queues and own topic, and the console topic of a conversation they hold
 * (admins: any conversation's console topic). Everyone and everything else is refused.
 */
class MessageRules implements AuthorizationManager<Message<?>> {

    private final ConversationStore conversations;

    MessageRules(ConversationStore conversations) {
        this.conversations = conversations;
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, Message<?> message) {
        return new AuthorizationDecision(allows(authentication.get(), message));
    }

    boolean allows(Authentication user, Message<?> message) {
        SimpMessageType type = SimpMessageHeaderAccessor.getMessageType(message.getHeaders());
        if (type == null) {
            return false;
        }
        return switch (type) {
            // CONNECT is authenticated by the session or the widget's token interceptor; the rest carry no data.
            case CONNECT, DISCONNECT, HEARTBEAT, UNSUBSCRIBE -> true;
            case SUBSCRIBE, MESSAGE -> allowsDestination(user, type,
                    SimpMessageHeaderAccessor.getDestination(message.getHeaders()));
            default -> false;
        };
    }

    private boolean allowsDestination(Authentication user, SimpMessageType type, String destination) {
        if (user instanceof CustomerAuthentication customer) {
            return type == SimpMessageType.SUBSCRIBE ? customer.getPrincipal().maySubscribe(destination)
                    : customer.getPrincipal().maySend(destination);
        }
        if (!hasRole(user, "ROLE_AGENT") && !hasRole(user, "ROLE_ADMIN")) {
            return false;
        }
        if (type == SimpMessageType.SUBSCRIBE) {
            return ConsoleDestinations.QUEUE.equals(destination) || ConsoleDestinations.USER_ERRORS.equals(destination)
                    || ConsoleDestinations.agentTopic(user.getName()).equals(destination)
                    || ConsoleDestinations.topicConversation(destination)
                    .map(id -> hasRole(user, "ROLE_ADMIN") || holds(user, id)).orElse(false);
        }
        // A reply from an agent who no longer holds the conversation (it raced a hand-back or a transfer) goes
        // on to the engine, which refuses it to that agent's error queue: the console's socket stays open.
        // Typing, which the engine does not check, needs the conversation held.
        return ConsoleDestinations.sendConversation(destination)
                .map(id -> destination.endsWith(".messages") ? conversations.find(id).isPresent() : holds(user, id))
                .orElse(false);
    }

    private boolean holds(Authentication agent, ConversationId id) {
        return conversations.find(id)
                .filter(c -> c.state() == ConversationState.WITH_AGENT && agent.getName().equals(c.agentUsername()))
                .isPresent();
    }

    private static boolean hasRole(Authentication user, String role) {
        return user != null && user.isAuthenticated()
                && user.getAuthorities().stream().anyMatch(a -> role.equals(a.getAuthority()));
    }
}
