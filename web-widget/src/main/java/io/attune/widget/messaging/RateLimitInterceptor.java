package io.attune.widget.messaging;

import io.attune.widget.WidgetProperties;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.stereotype.Component;

/**
 * Limits the SEND frames of each connection (token bucket: a burst, then a steady rate). A frame over
 * the limit is dropped and its sender told so; the connection and everyone else carry on. The widget
 * keeps an unacknowledged message and sends it again, so nothing is lost.
 */
@Component
class RateLimitInterceptor implements ChannelInterceptor {

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final WidgetProperties properties;
    private final SessionErrors errors;

    RateLimitInterceptor(WidgetProperties properties, SessionErrors errors) {
        this.properties = properties;
        this.errors = errors;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getSessionId() == null) {
            return message;
        }
        if (stomp.getCommand() == StompCommand.DISCONNECT) {
            buckets.remove(stomp.getSessionId());
        } else if (stomp.getCommand() == StompCommand.SEND && !bucket(stomp.getSessionId()).tryTake(System.nanoTime())) {
            errors.send(stomp.getUser(), stomp.getSessionId(), CustomerError.tooFast(ClientIds.of(message)));
            return null;
        }
        return message;
    }

    private TokenBucket bucket(String sessionId) {
        return buckets.computeIfAbsent(sessionId,
                id -> new TokenBucket(properties.messageBurst(), properties.messagesPerSecond(), System.nanoTime()));
    }
}
