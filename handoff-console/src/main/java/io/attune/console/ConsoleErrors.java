package io.attune.console;

import io.attune.engine.EngineException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The console's JSON endpoints answer refusals as {@code {"code","message"}} with a fitting status. */
@RestControllerAdvice(annotations = ConsoleApi.class)
public class ConsoleErrors {

    @ExceptionHandler(EngineException.class)
    ResponseEntity<Map<String, String>> refused(EngineException e) {
        return ResponseEntity.status(status(e.code())).body(Map.of("code", e.code(), "message", e.getMessage()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> malformed(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("code", "invalid", "message", "That is not a conversation id."));
    }

    /** Also used by the HTML actions, which show the message on an error page. */
    public static HttpStatus status(String code) {
        return switch (code) {
            case "unknown-conversation", "unknown-note" -> HttpStatus.NOT_FOUND;
            case "already-claimed", "too-many", "conversation-closed" -> HttpStatus.CONFLICT;
            case "not-assigned", "not-allowed", "not-your-note" -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.BAD_REQUEST;
        };
    }
}
