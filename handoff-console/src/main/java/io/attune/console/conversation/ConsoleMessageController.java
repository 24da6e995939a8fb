package io.attune.console.conversation;

import io.attune.console.ConsoleDestinations;
import io.attune.console.conversation.ConsoleSignals.AgentMessage;
import io.attune.console.conversation.ConsoleSignals.Refusal;
import io.attune.console.conversation.ConsoleSignals.TypingSignal;
import io.attune.engine.ConversationEngine;
import io.attune.engine.EngineException;
import io.attune.engine.conversation.ConversationId;
import java.security.Principal;
import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.simp.annotation.SendToUser;
import org.springframework.stereotype.Controller;

/**
 * What an agent SENDs over STOMP: replies (stored by the engine, then pushed back to both sides as
 * their acknowledgement) and typing. Refusals go to that agent only, the connection stays up.
 */
@Controller
class ConsoleMessageController {

    private final ConversationEngine engine;
    private final TypingRelay typing;

    ConsoleMessageController(ConversationEngine engine, TypingRelay typing) {
        this.engine = engine;
        this.typing = typing;
    }

    @MessageMapping(ConsoleDestinations.MESSAGES)
    void say(@DestinationVariable String id, AgentMessage message, Principal agent) {
        if (message.clientId() == null || message.clientId().isBlank() || message.clientId().length() > 100) {
            throw new EngineException("invalid", "Every message needs a client id of at most 100 characters.");
        }
        engine.agentSays(ConversationId.parse(id), agent.getName(), message.clientId(), message.text());
    }

    @MessageMapping(ConsoleDestinations.TYPING)
    void typing(@DestinationVariable String id, TypingSignal signal) {
        typing.agentTyping(ConversationId.parse(id), signal.typing());
    }

    @MessageExceptionHandler
    @SendToUser(destinations = ConsoleDestinations.ERRORS, broadcast = false)
    Refusal refused(Exception e) {
        if (e instanceof EngineException refusal) {
            return new Refusal(refusal.code(), refusal.getMessage(), null);
        }
        return new Refusal("invalid", "That message could not be read.", null);
    }
}
