package io.attune.widget.messaging;

import io.attune.widget.CustomerDestinations;
import java.security.Principal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.stereotype.Component;

/** Sends an error to one STOMP session only, for frames refused before they reach a handler. */
@Component
class SessionErrors {

    // Lazily: the template needs the broker channel, which needs the interceptors that use this.
    private final ObjectProvider<SimpMessageSendingOperations> template;

    SessionErrors(ObjectProvider<SimpMessageSendingOperations> template) {
        this.template = template;
    }

    void send(Principal user, String sessionId, CustomerError error) {
        if (user == null || sessionId == null) {
            return;
        }
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setSessionId(sessionId);
        headers.setLeaveMutable(true);
        MessageHeaders toSession = headers.getMessageHeaders();
        template.getObject().convertAndSendToUser(user.getName(), CustomerDestinations.ERRORS, error, toSession);
    }
}
