package io.attune.widget.messaging;

import io.attune.widget.CustomerDestinations;
import io.attune.widget.MessagingProperties;
import io.attune.widget.WidgetProperties;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

/**
 * The application's one STOMP endpoint and broker. Ordered before Spring Security's message
 * configuration so the customer is authenticated from the token before authorization runs.
 */
@Configuration
@EnableWebSocketMessageBroker
@Order(Ordered.HIGHEST_PRECEDENCE + 99)
class WebSocketConfiguration implements WebSocketMessageBrokerConfigurer {

    private static final String[] BROKER_PREFIXES = {"/topic", "/queue"};

    private final WidgetProperties widget;
    private final MessagingProperties messaging;
    private final CustomerChannelInterceptor customers;
    private final ConnectionLimits limits;
    /** Only for the in-memory broker: a STOMP broker behind the relay sends its own receipts. */
    private final SubscriptionReceipts receipts;

    WebSocketConfiguration(WidgetProperties widget, MessagingProperties messaging,
                           CustomerChannelInterceptor customers, ConnectionLimits limits,
                           @Qualifier("clientOutboundChannel") ObjectProvider<MessageChannel> clientOutbound) {
        this.widget = widget;
        this.messaging = messaging;
        this.customers = customers;
        this.limits = limits;
        this.receipts = new SubscriptionReceipts(clientOutbound, List.of(BROKER_PREFIXES));
    }


    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint(CustomerDestinations.ENDPOINT)
                .setAllowedOrigins(widget.allowedOrigins().toArray(String[]::new));
        StompErrors.quietSpringParseErrors();
        registry.setErrorHandler(new StompErrors());
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.setApplicationDestinationPrefixes("/app");
        registry.setUserDestinationPrefix("/user");
        // Events of one conversation reach a client in the order they were published.
        registry.setPreservePublishOrder(true);
        if (messaging.broker() == MessagingProperties.Broker.RELAY) {
            registry.enableStompBrokerRelay(BROKER_PREFIXES).setRelayHost(messaging.relayHost())
                    .setRelayPort(messaging.relayPort()).setClientLogin(messaging.relayLogin())
                    .setClientPasscode(messaging.relayPasscode()).setSystemLogin(messaging.relayLogin())
                    .setSystemPasscode(messaging.relayPasscode())
                    // Every connection goes to our virtual host, whatever "host" a client's CONNECT names.
                    .setVirtualHost(messaging.relayVirtualHost());
            registry.configureBrokerChannel().interceptors(new SessionQueues());
        } else {
            registry.enableSimpleBroker(BROKER_PREFIXES);
            registry.configureBrokerChannel().interceptors(receipts);
        }
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        registration.addDecoratorFactory(handler -> new TextFrameLimit(handler, messaging.textFrameBufferChars()));
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        if (messaging.broker() == MessagingProperties.Broker.RELAY) {
            registration.interceptors(customers, limits);
        } else {
            registration.interceptors(customers, limits, receipts);
        }
    }
}
