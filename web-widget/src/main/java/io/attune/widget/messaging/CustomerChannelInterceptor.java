package io.attune.widget.messaging;

import io.attune.widget.CustomerAuthentication;
import io.attune.widget.CustomerDestinations;
import io.attune.widget.CustomerPrincipal;
import io.attune.widget.token.CustomerTokens;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.stereotype.Component;

/**
 * Authenticates a customer's CONNECT from its {@code token} header, keeps every customer to its own
 * conversation on SUBSCRIBE and SEND, and everyone else off customers' topics. Message security checks the same again; this is the
 * widget's own guarantee, whatever the security configuration.
 */
@Component
class CustomerChannelInterceptor implements ChannelInterceptor {

    static final String TOKEN_HEADER = "token";

    private final CustomerTokens tokens;
    private final SessionErrors errors;

    CustomerChannelInterceptor(CustomerTokens tokens, SessionErrors errors) {
        this.tokens = tokens;
        this.errors = errors;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getCommand() == null) {
            return message;
        }
        if (stomp.getCommand() == StompCommand.CONNECT) {
            authenticate(stomp);
            return message;
        }
        CustomerPrincipal customer = stomp.getUser() instanceof CustomerAuthentication c ? c.getPrincipal() : null;
        if (!allowed(customer, stomp)) {
            errors.send(stomp.getUser(), stomp.getSessionId(), CustomerError.notYours());
            return null;
        }
        return message;
    }

    private void authenticate(StompHeaderAccessor stomp) {
        String token = stomp.getFirstNativeHeader(TOKEN_HEADER);
        if (token == null) {
            return; // not a customer: an agent's session, left to security
        }
        CustomerPrincipal customer = tokens.verify(token).map(CustomerPrincipal::new)
                .orElseThrow(() -> new MessageDeliveryException("invalid-token: the chat session has expired"));
        stomp.setUser(new CustomerAuthentication(customer));
    }

    /** A customer: its own conversation only. Anyone else (agents, no token): never a customer's topic. */
    private static boolean allowed(CustomerPrincipal customer, StompHeaderAccessor stomp) {
        String destination = stomp.getDestination();
        return switch (stomp.getCommand()) {
            case SUBSCRIBE -> customer != null ? customer.maySubscribe(destination)
                    : CustomerDestinations.topicConversation(destination).isEmpty();
            case SEND -> customer != null ? customer.maySend(destination)
                    : CustomerDestinations.topicConversation(destination).isEmpty();
            default -> true;
        };
    }
}
