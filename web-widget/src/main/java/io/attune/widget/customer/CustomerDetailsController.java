package io.attune.widget.customer;

import io.attune.engine.EngineException;
import io.attune.engine.conversation.ConversationId;
import io.attune.widget.limits.AbuseLimits;
import io.attune.widget.limits.LimitExceededException;
import io.attune.widget.limits.RateLimiter;
import io.attune.widget.token.CustomerTokens;
import java.time.Duration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/widget/details}: the customer's name and email, for their own conversation only (the one
 * their token names; a conversation is never taken on the client's word).
 */
@RestController
class CustomerDetailsController {

    private final CustomerTokens tokens;
    private final CustomerProfiles profiles;
    private final RateLimiter perConversation;

    CustomerDetailsController(CustomerTokens tokens, CustomerProfiles profiles, AbuseLimits limits) {
        this.tokens = tokens;
        this.profiles = profiles;
        this.perConversation = limits.limiter(limits.detailsPerConversation());
    }

    @PostMapping("/api/widget/details")
    ResponseEntity<Map<String, String>> give(@Valid @RequestBody DetailsRequest request) {
        ConversationId id = tokens.verify(request.token()).orElse(null);
        if (id == null) {
            return error(HttpStatus.UNAUTHORIZED, "invalid-token", "Your chat has expired: reload the page to start again.");
        }
        CustomerDetails details = CustomerDetails.checked(request.name(), request.email());
        Duration wait = perConversation.take(id.toString());
        if (!wait.isZero()) {
            throw new LimitExceededException("too-many-requests",
                    "We already have your details. Please wait a little before changing them again.", wait);
        }
        profiles.give(id, details);
        return ResponseEntity.ok(Map.of("message", "Thank you: the team will see your details."));
    }

    @ExceptionHandler(InvalidCustomerDetails.class)
    ResponseEntity<Map<String, String>> invalid(InvalidCustomerDetails e) {
        return ResponseEntity.badRequest().body(Map.of("code", "invalid-details", "field", e.field(),
                "message", e.getMessage()));
    }

    @ExceptionHandler(EngineException.class)
    ResponseEntity<Map<String, String>> refused(EngineException e) {
        return error(HttpStatus.CONFLICT, e.code(), e.getMessage());
    }

    @ExceptionHandler({MethodArgumentNotValidException.class, HttpMessageNotReadableException.class})
    ResponseEntity<Map<String, String>> malformed() {
        return error(HttpStatus.BAD_REQUEST, "malformed-request", "Expected {\"token\", \"name\", \"email\"}.");
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).body(Map.of("code", code, "message", message));
    }

    /** Lengths here only bound the request; {@link CustomerDetails#checked} gives the customer's messages. */
    record DetailsRequest(@Size(max = 4096) String token, @Size(max = 1000) String name,
                          @Size(max = 1000) String email) {
    }
}
