package io.attune.console.offline;

import io.attune.console.ConsoleApi;
import io.attune.engine.conversation.ConversationId;
import io.attune.widget.customer.CustomerDetails;
import io.attune.widget.customer.CustomerProfiles;
import io.attune.widget.customer.InvalidCustomerDetails;
import io.attune.widget.token.CustomerTokens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Customers leave a message (widget API, no login); agents mark it answered (console, CSRF). */
@RestController
@ConsoleApi
class OfflineMessageController {

    private final OfflineMessages messages;
    private final OfflineMessageLimits limits;
    private final CustomerTokens tokens;
    private final CustomerProfiles profiles;

    OfflineMessageController(OfflineMessages messages, OfflineMessageLimits limits, CustomerTokens tokens,
                             CustomerProfiles profiles) {
        this.profiles = profiles;
        this.messages = messages;
        this.limits = limits;
        this.tokens = tokens;
    }

    @PostMapping("/api/offline-messages")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> leave(@Valid @RequestBody LeaveMessageRequest request, HttpServletRequest http) {
        CustomerDetails details = CustomerDetails.checked(request.name(), request.email());
        Optional<ConversationId> conversation = tokens.verify(request.token());
        limits.check(http.getRemoteAddr(), conversation);
        OfflineMessage stored = messages.leave(details, request.text(), conversation.map(ConversationId::toString).orElse(null));
        // One home for who the customer is: their conversation, where the console shows it.
        conversation.ifPresent(id -> profiles.give(id, details));
        return Map.of("id", stored.id(), "message", "Thank you, your message is with our team.");
    }

    @PostMapping("/console/messages/{id}/answered")
    ResponseEntity<Void> answered(@PathVariable String id, Authentication agent) {
        return messages.answered(id, agent.getName()) ? ResponseEntity.noContent().build()
                : ResponseEntity.notFound().build();
    }

    @ExceptionHandler(InvalidCustomerDetails.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, String> invalid(InvalidCustomerDetails e) {
        return Map.of("code", "invalid", "message", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, String> invalid(MethodArgumentNotValidException e) {
        FieldError field = e.getBindingResult().getFieldError();
        String message = field != null ? field.getDefaultMessage()
                : e.getBindingResult().getAllErrors().get(0).getDefaultMessage();
        return Map.of("code", "invalid", "message", message);
    }
}
