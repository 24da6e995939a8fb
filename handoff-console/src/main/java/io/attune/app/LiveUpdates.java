package io.attune.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.SimpleApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.messaging.MessagingException;

/**
 * What was stored is not undone by a live update that could not be sent. The relays turn engine events
 * into STOMP messages after the change is stored; when the broker cannot take one (a relay to RabbitMQ
 * that is down), the failure is logged, the other listeners still run, and the caller (a customer's
 * message, a new chat, an agent's reply) carries on. Customers and agents catch up from the database
 * when they reconnect: the widget asks for its history, the console reads the queue and the transcript.
 */
@Configuration(proxyBeanMethods = false)
class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    @Bean(name = AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME)
    static SimpleApplicationEventMulticaster applicationEventMulticaster(BeanFactory beanFactory) {
        SimpleApplicationEventMulticaster multicaster = new SimpleApplicationEventMulticaster(beanFactory);
        multicaster.setErrorHandler(LiveUpdates::failed);
        return multicaster;
    }

    static void failed(Throwable failure) {
        if (failure instanceof MessagingException notSent) {
            log.warn("a live update was not sent ({}); clients catch up when they reconnect", notSent.getMessage());
            return;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(failure);
    }
}
