package io.attune.security;

import io.attune.engine.store.ConversationStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.socket.EnableWebSocketSecurity;

/**
 * Authorization of every inbound STOMP frame ({@link MessageRules}) and CSRF on STOMP CONNECT.
 *
 * <p>CSRF: agents' sessions are cookie-authenticated, so a hostile page could open /ws with an
 * agent's cookies; their CONNECT must carry the CSRF token of their console page (header
 * {@code X-CSRF-TOKEN}). Customers connect from the widget's frame with a signed token in the
 * CONNECT header {@code token} and no cookie session: there is nothing ambient to forge, and
 * the widget's interceptor rejects a missing or bad token. A CONNECT with a token header is
 * therefore exempt; if such a frame came with an agent's cookies, the session would become that
 * customer's (the token's principal replaces the cookie user), never the agent's.
 */
@Configuration
@EnableWebSocketSecurity
class MessageSecurityConfiguration {

    @Bean
    AuthorizationManager<Message<?>> messageAuthorizationManager(ConversationStore conversations) {
        return new MessageRules(conversations);
    }

    /** Replaces Spring Security's default, found by this bean name. */
    @Bean
    ChannelInterceptor csrfChannelInterceptor() {
        return new CustomerTokenCsrfExemption();
    }
}
