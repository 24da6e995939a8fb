package io.attune.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a WebSocket handshake that comes without an HTTP session (a customer's: the widget sends no
 * cookie) from creating one. Spring Security's handshake interceptor copies the request's CSRF token into
 * the WebSocket session, and making a token for a request without a session creates a session to keep it
 * in: a row in the database for every customer connection. Without a session there is no cookie login
 * to protect, so the token is dropped here; a CONNECT on such a connection is then refused unless it
 * carries a customer token ({@link CustomerTokenCsrfExemption}). Agents' handshakes carry their session
 * and keep its token.
 */
final class SessionlessHandshakeFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getSession(false) == null) {
            request.removeAttribute(DeferredCsrfToken.class.getName());
            request.removeAttribute(CsrfToken.class.getName());
        }
        chain.doFilter(request, response);
    }
}
