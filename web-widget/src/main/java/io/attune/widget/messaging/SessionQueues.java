package io.attune.widget.messaging;

import java.util.regex.Pattern;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHeaderAccessor;

/**
 * On the RabbitMQ relay, a connection's own queues ({@code /user/queue/errors} becomes
 * {@code /queue/errors-user{session}}) would be declared durable and outlive the connection: two left
 * behind per customer visit. This marks every SUBSCRIBE to and every message for such a queue
 * non-durable and auto-deleted, with an expiry for one that was never consumed (a message for a
 * connection that had already gone). RabbitMQ declares a queue on both, and the two declarations
 * must agree, so both carry the same headers.
 */
class SessionQueues implements ChannelInterceptor {

    private static final Pattern PER_SESSION = Pattern.compile("^/queue/[^/]+-user[^/]+$");
    /** A per-session queue nobody consumes goes after this long (RabbitMQ's x-expires, milliseconds). */
    static final String EXPIRES_MILLIS = "60000";

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        SimpMessageHeaderAccessor simp = MessageHeaderAccessor.getAccessor(message, SimpMessageHeaderAccessor.class);
        if (simp == null || !declaresAQueue(simp.getMessageType()) || simp.getDestination() == null
                || !PER_SESSION.matcher(simp.getDestination()).matches()) {
            return message;
        }
        SimpMessageHeaderAccessor headers = simp.isMutable() ? simp : SimpMessageHeaderAccessor.wrap(message);
        headers.setNativeHeader("durable", "false");
        headers.setNativeHeader("auto-delete", "true");
        headers.setNativeHeader("x-expires", EXPIRES_MILLIS);
        return simp.isMutable() ? message : MessageBuilder.createMessage(message.getPayload(), headers.getMessageHeaders());
    }

    private static boolean declaresAQueue(SimpMessageType type) {
        return type == SimpMessageType.SUBSCRIBE || type == SimpMessageType.MESSAGE;
    }
}
