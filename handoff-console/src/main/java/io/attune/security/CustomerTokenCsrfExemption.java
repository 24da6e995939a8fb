package io.attune.security;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.security.messaging.web.csrf.XorCsrfChannelInterceptor;
import org.springframework.security.web.csrf.CsrfException;

/** Checks the CSRF token on CONNECT except for customers, who authenticate with a widget token. */
class CustomerTokenCsrfExemption implements ChannelInterceptor {

    /** The CONNECT header the widget sends its signed customer token in. */
    static final String CUSTOMER_TOKEN_HEADER = "token";

    static final String REFUSAL =
            "csrf-refused: this connection needs the page's CSRF token; reload the page and sign in again";

    private final ChannelInterceptor csrf = new XorCsrfChannelInterceptor();

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = StompHeaderAccessor.wrap(message);
        if (stomp.getCommand() == StompCommand.CONNECT && stomp.getFirstNativeHeader(CUSTOMER_TOKEN_HEADER) != null) {
            return message;
        }
        try {
            return csrf.preSend(message, channel);
        } catch (CsrfException missingOrWrong) {
            // in the ERROR frame's words (StompErrors passes our "code: sentence" refusals through),
            // not as "server-error": the console's page is stale or the token was not sent
            throw new MessageDeliveryException(message, REFUSAL);
        }
    }
}
