package io.attune.widget.messaging;

import io.attune.widget.MessagingProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.messaging.simp.broker.AbstractBrokerMessageHandler;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.stereotype.Component;

/**
 * Sizes the in-memory broker's cache of who subscribes to what ({@code attune.messaging.subscription-cache-limit}).
 * Each message looks its destination up there; a destination not in the cache is found by scanning every
 * subscription of every connection, which was a tenth of the server's CPU with 1,000 chats open on Spring's
 * default limit (docs/benchmarks/profile.md). Not used with the broker relay.
 */
@Component
class SubscriptionCache {

    SubscriptionCache(ObjectProvider<AbstractBrokerMessageHandler> brokers, MessagingProperties messaging) {
        brokers.stream().filter(SimpleBrokerMessageHandler.class::isInstance).map(SimpleBrokerMessageHandler.class::cast)
                .forEach(broker -> broker.setCacheLimit(messaging.subscriptionCacheLimit()));
    }
}
