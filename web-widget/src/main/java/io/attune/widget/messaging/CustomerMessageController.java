package io.attune.widget.messaging;

import io.attune.engine.EngineException;
import io.attune.widget.CustomerDestinations;
import io.attune.widget.messaging.CustomerView.HistoryAnswer;
import io.attune.widget.messaging.CustomerView.MessageEvent;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.handler.annotation.SendTo;
import org.springframework.messaging.handler.annotation.support.MethodArgumentNotValidException;
import org.springframework.messaging.handler.annotation.support.MethodArgumentTypeMismatchException;
import org.springframework.messaging.simp.annotation.SendToUser;
import org.springframework.stereotype.Controller;

/** The customer's SEND destinations. Errors go back to the one session that sent the frame. */
@Controller
class CustomerMessageController {

    private static final Logger log = LoggerFactory.getLogger(CustomerMessageController.class);

    private final CustomerConversations conversations;

    CustomerMessageController(CustomerConversations conversations) {
        this.conversations = conversations;
    }

    @MessageMapping(CustomerDestinations.MESSAGES)
    @SendTo("/topic/conversation.{id}")
    MessageEvent say(@DestinationVariable String id, @Payload CustomerRequests.Say body, Principal user) {
        return conversations.say(Owners.check(user, id), body);
    }

    @MessageMapping(CustomerDestinations.TYPING)
    void typing(@DestinationVariable String id, @Payload CustomerRequests.Typing body, Principal user) {
        conversations.typing(Owners.check(user, id), body.typing());
    }

    @MessageMapping(CustomerDestinations.HISTORY_REQUEST)
    @SendToUser(destinations = CustomerDestinations.HISTORY, broadcast = false)
    HistoryAnswer history(@DestinationVariable String id, @Payload CustomerRequests.History body, Principal user) {
        return conversations.history(Owners.check(user, id), body.afterSeq());
    }

    @MessageMapping(CustomerDestinations.SURVEY)
    void survey(@DestinationVariable String id, @Payload CustomerRequests.SurveyAnswer body, Principal user) {
        conversations.survey(Owners.check(user, id), body);
    }

    @MessageMapping(CustomerDestinations.CLOSE)
    void close(@DestinationVariable String id, Principal user) {
        conversations.close(Owners.check(user, id));
    }

    @MessageExceptionHandler
    @SendToUser(destinations = CustomerDestinations.ERRORS, broadcast = false)
    CustomerError refused(CustomerRequestException e) {
        return e.error();
    }

    @MessageExceptionHandler
    @SendToUser(destinations = CustomerDestinations.ERRORS, broadcast = false)
    CustomerError refused(EngineException e) {
        return CustomerError.of(e, null);
    }

    @MessageExceptionHandler({MessageConversionException.class, MethodArgumentNotValidException.class,
            MethodArgumentTypeMismatchException.class})
    @SendToUser(destinations = CustomerDestinations.ERRORS, broadcast = false)
    CustomerError malformed(Exception e) {
        log.debug("unreadable customer frame: {}", e.getClass().getSimpleName());
        return CustomerError.malformed();
    }

    @MessageExceptionHandler
    @SendToUser(destinations = CustomerDestinations.ERRORS, broadcast = false)
    CustomerError failed(RuntimeException e, Message<?> frame) {
        log.error("customer frame failed", e);
        // with the message's id, so the widget sends it again instead of leaving it "Sending..."
        return CustomerError.failed(ClientIds.of(frame));
    }
}
