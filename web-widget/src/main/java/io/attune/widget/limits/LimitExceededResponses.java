package io.attune.widget.limits;

import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Any JSON endpoint over a limit answers 429 with Retry-After and {@code {"code", "message"}}. */
@RestControllerAdvice
class LimitExceededResponses {

    @ExceptionHandler(LimitExceededException.class)
    ResponseEntity<Map<String, String>> tooMany(LimitExceededException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(Map.of("code", e.code(), "message", e.getMessage()));
    }
}
