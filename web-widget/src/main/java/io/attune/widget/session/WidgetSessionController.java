package io.attune.widget.session;

import io.attune.widget.WidgetProperties;
import io.attune.widget.customer.CustomerPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.util.WebUtils;

/** {@code POST /api/widget/sessions}: the widget's first call, before it opens the WebSocket. */
@RestController
class WidgetSessionController {

    private final WidgetSessions sessions;
    private final WidgetProperties properties;

    WidgetSessionController(WidgetSessions sessions, WidgetProperties properties) {
        this.sessions = sessions;
        this.properties = properties;
    }

    @PostMapping("/api/widget/sessions")
    ResponseEntity<?> start(@Valid @RequestBody SessionRequest request, HttpServletRequest http) {
        if (!originAllowed(http)) {
            return error(HttpStatus.FORBIDDEN, "origin-not-allowed", "This site may not use the chat.");
        }
        // Behind a proxy, Tomcat takes the address from X-Forwarded-For (server.forward-headers-strategy).
        return ResponseEntity.ok(sessions.startOrResume(request.token(), Boolean.TRUE.equals(request.fresh()), http.getRemoteAddr(),
                CustomerPage.of(request.page(), request.title(), request.language())));
    }

    @ExceptionHandler({MethodArgumentNotValidException.class, HttpMessageNotReadableException.class})
    ResponseEntity<Map<String, String>> malformed() {
        return error(HttpStatus.BAD_REQUEST, "malformed-request", "Expected {\"siteKey\": \"...\", \"token\": ...}.");
    }

    /** Browsers always send Origin on a POST; a request without one is not from another site's page. */
    private boolean originAllowed(HttpServletRequest http) {
        String origin = http.getHeader(HttpHeaders.ORIGIN);
        return origin == null || properties.allows(origin) || WebUtils.isSameOrigin(new ServletServerHttpRequest(http));
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).body(Map.of("code", code, "message", message));
    }

    /** {@code fresh}: start a new conversation even if the token's is still open. {@code page}, {@code title}, {@code language}: where the widget runs, kept only as far as they fit ({@link CustomerPage}). */
    record SessionRequest(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+") String siteKey,
                          @Size(max = 4096) String token, @Size(max = 2048) String page,
                          @Size(max = 2048) String title, @Size(max = 100) String language,
                          Boolean fresh) {
    }
}
