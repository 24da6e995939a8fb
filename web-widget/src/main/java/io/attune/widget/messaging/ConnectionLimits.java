package io.attune.widget.messaging;

import io.attune.engine.conversation.ConversationId;
import io.attune.widget.CustomerAuthentication;
import io.attune.widget.CustomerDestinations;
import io.attune.widget.limits.AbuseLimits;
import io.attune.widget.limits.RateLimiter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.stereotype.Component;

/**
 * The {@link AbuseLimits} of STOMP clients, after {@link CustomerChannelInterceptor} has said who the
 * customer is:
 * <ul>
 * <li>SEND frames per connection, and customer messages per conversation over all its connections. A
 *     frame over either is dropped and its sender told {@code too-many-messages} with the message's
 *     client id; the widget keeps the message and sends it again, so nothing is lost.</li>
 * <li>Open connections per customer token: one more CONNECT is answered with a STOMP ERROR
 *     {@code too-many-connections} and closed.</li>
 * <li>Subscriptions per connection: one more SUBSCRIBE is refused with {@code too-many-subscriptions}.</li>
 * </ul>
 * The connection at fault and everyone else carry on.
 */
@Component
class ConnectionLimits implements ChannelInterceptor {

    private final AbuseLimits limits;
    private final SessionErrors errors;
    private final RateLimiter perConnection;
    private final RateLimiter perConversation;
    /** Open customer connections (session ids) of each conversation. */
    private final Map<ConversationId, Set<String>> connections = new ConcurrentHashMap<>();
    /** The conversation of each open customer connection. */
    private final Map<String, ConversationId> conversationOf = new ConcurrentHashMap<>();
    /** Subscription ids held by each connection. */
    private final Map<String, Set<String>> subscriptions = new ConcurrentHashMap<>();

    ConnectionLimits(AbuseLimits limits, SessionErrors errors) {
        this.limits = limits;
        this.errors = errors;
        this.perConnection = limits.limiter(limits.messagesPerConnection());
        this.perConversation = limits.limiter(limits.messagesPerConversation());
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getSessionId() == null || stomp.getCommand() == null) {
            return message;
        }
        String session = stomp.getSessionId();
        return switch (stomp.getCommand()) {
            case CONNECT -> {
                connected(stomp, session);
                yield message;
            }
            case DISCONNECT -> {
                disconnected(session);
                yield message;
            }
            case SUBSCRIBE -> subscribed(stomp, session) ? message : null;
            case UNSUBSCRIBE -> {
                Set<String> held = subscriptions.get(session);
                if (held != null) {
                    held.remove(stomp.getSubscriptionId());
                }
                yield message;
            }
            case SEND -> mayPass(stomp, session, message) ? message : null;
            default -> message;
        };
    }

    private void connected(StompHeaderAccessor stomp, String session) {
        if (!(stomp.getUser() instanceof CustomerAuthentication customer)) {
            return;
        }
        ConversationId conversation = customer.getPrincipal().conversationId();
        boolean[] admitted = {false};
        connections.compute(conversation, (id, open) -> {
            Set<String> sessions = open != null ? open : ConcurrentHashMap.newKeySet();
            if (sessions.size() < limits.connectionsPerConversation()) {
                sessions.add(session);
                conversationOf.put(session, id);
                admitted[0] = true;
            }
            return sessions;
        });
        if (!admitted[0]) {
            throw new MessageDeliveryException("too-many-connections: this chat is already open in "
                    + limits.connectionsPerConversation() + " windows; close one and reload");
        }
    }

    private void disconnected(String session) {
        perConnection.forget(session);
        subscriptions.remove(session);
        ConversationId conversation = conversationOf.remove(session);
        if (conversation != null) {
            connections.computeIfPresent(conversation, (id, sessions) -> {
                sessions.remove(session);
                return sessions.isEmpty() ? null : sessions;
            });
        }
    }

    private boolean subscribed(StompHeaderAccessor stomp, String session) {
        Set<String> held = subscriptions.computeIfAbsent(session, s -> ConcurrentHashMap.newKeySet());
        String id = stomp.getSubscriptionId();
        if (held.contains(id) || held.size() < limits.subscriptionsPerConnection()) {
            held.add(id == null ? "" : id);
            return true;
        }
        errors.send(stomp.getUser(), session, CustomerError.tooManySubscriptions());
        return false;
    }

    private boolean mayPass(StompHeaderAccessor stomp, String session, Message<?> message) {
        boolean allowed = perConnection.tryTake(session) && conversationMayTake(stomp);
        // A typing signal over the limit is dropped without a word: nothing the customer wrote is lost, and a
        // fast typist must not read "You are sending messages too quickly" while every message goes through.
        if (!allowed && !isTypingSignal(stomp)) {
            errors.send(stomp.getUser(), session, CustomerError.tooFast(ClientIds.of(message)));
        }
        return allowed;
    }

    private static boolean isTypingSignal(StompHeaderAccessor stomp) {
        String destination = stomp.getDestination();
        return destination != null && destination.endsWith(".typing");
    }

    /** Only a customer's messages count toward its conversation's limit (not typing, history or surveys). */
    private boolean conversationMayTake(StompHeaderAccessor stomp) {
        if (!(stomp.getUser() instanceof CustomerAuthentication customer)) {
            return true;
        }
        String destination = stomp.getDestination();
        if (destination == null || !destination.endsWith(".messages")
                || CustomerDestinations.sendConversation(destination).isEmpty()) {
            return true;
        }
        return perConversation.tryTake(customer.getPrincipal().conversationId().toString());
    }
}
