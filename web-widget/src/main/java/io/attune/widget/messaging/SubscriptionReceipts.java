package io.attune.widget.messaging;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ExecutorChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;

/**
 * A RECEIPT for a SUBSCRIBE that asked for one, once the in-memory broker has registered it. A STOMP
 * broker (RabbitMQ behind the relay) sends receipts itself; Spring's simple broker does not, so a client
 * that waits for one (as the STOMP specification lets it) would wait for ever. A refused SUBSCRIBE never
 * reaches the broker and gets an ERROR instead, so a receipt means "you are listening now".
 *
 * <p>Placed on the inbound and the broker channel: a {@code /topic} subscription is registered from the
 * inbound channel, a {@code /user/...} one from the broker channel after its destination is resolved.
 */
final class SubscriptionReceipts implements ExecutorChannelInterceptor {

    private final ObjectProvider<MessageChannel> clientOutbound;
    private final List<String> brokerPrefixes;

    SubscriptionReceipts(ObjectProvider<MessageChannel> clientOutbound, List<String> brokerPrefixes) {
        this.clientOutbound = clientOutbound;
        this.brokerPrefixes = brokerPrefixes;
    }

    @Override
    public void afterMessageHandled(Message<?> message, MessageChannel channel, MessageHandler handler, Exception ex) {
        if (ex != null || !(handler instanceof SimpleBrokerMessageHandler)) {
            return;
        }
        StompHeaderAccessor subscribe = StompHeaderAccessor.wrap(message);
        String receipt = subscribe.getReceipt();
        String destination = subscribe.getDestination();
        if (subscribe.getCommand() != StompCommand.SUBSCRIBE || receipt == null || destination == null
                || brokerPrefixes.stream().noneMatch(destination::startsWith)) {
            return;
        }
        StompHeaderAccessor frame = StompHeaderAccessor.create(StompCommand.RECEIPT);
        frame.setReceiptId(receipt);
        frame.setSessionId(subscribe.getSessionId());
        frame.setLeaveMutable(true);
        clientOutbound.getObject().send(MessageBuilder.createMessage(new byte[0], frame.getMessageHeaders()));
    }
}
