package io.attune.widget.messaging;

import io.attune.engine.ConversationEngine;
import io.attune.engine.CustomerTurnResult;
import io.attune.engine.EngineException;
import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.ClosedBy;
import io.attune.engine.store.ConversationStore;
import io.attune.widget.TypingChanged;
import io.attune.widget.messaging.CustomerView.HistoryAnswer;
import io.attune.widget.messaging.CustomerView.MessageEvent;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.messaging.MessagingException;
import org.springframework.stereotype.Service;

/** What a customer can do in its conversation, handed to the engine; reads come from the store. */
@Service
class CustomerConversations {

    private static final Logger log = LoggerFactory.getLogger(CustomerConversations.class);

    private static final int MAX_CLIENT_ID = 100;

    private final ConversationEngine engine;
    private final ConversationStore store;
    private final CustomerStatuses statuses;
    private final ApplicationEventPublisher events;

    CustomerConversations(ConversationEngine engine, ConversationStore store, CustomerStatuses statuses,
                          ApplicationEventPublisher events) {
        this.engine = engine;
        this.store = store;
        this.statuses = statuses;
        this.events = events;
    }

    /**
     * Stores the message (the relay then sends it back as its acknowledgement) and lets the bot answer.
     *
     * @return the stored message again when this was a retry, since its first acknowledgement may have
     *         been lost; null otherwise
     */
    MessageEvent say(ConversationId id, CustomerRequests.Say body) {
        String clientId = clientId(body.clientId());
        boolean botAnswers = snapshot(id).state().botMayAnswer();
        try {
            typing(id, Author.BOT, botAnswers);
            CustomerTurnResult result = customerSays(id, clientId, body.text());
            return result.duplicate() ? MessageEvent.of(result.customerTurn(), List.of()) : null;
        } catch (EngineException e) {
            throw new CustomerRequestException(CustomerError.of(e, clientId));
        } finally {
            typing(id, Author.BOT, false);
        }
    }

    HistoryAnswer history(ConversationId id, long afterSeq) {
        ConversationSnapshot snapshot = snapshot(id);
        return new HistoryAnswer(id.toString(), snapshot.state().name(),
                store.turnsAfter(id, Math.max(0, afterSeq)).stream()
                        .map(t -> MessageEvent.of(t, engine.linksOf(t))).toList(),
                statuses.of(snapshot));
    }

    void typing(ConversationId id, boolean typing) {
        typing(id, Author.CUSTOMER, typing);
    }

    void survey(ConversationId id, CustomerRequests.SurveyAnswer answer) {
        if (answer.rating() == null || answer.rating() < 1 || answer.rating() > 5) {
            throw new CustomerRequestException(
                    new CustomerError("invalid-rating", "Please choose a rating from 1 to 5.", null));
        }
        try {
            engine.submitSurvey(id, answer.rating(), answer.comment());
        } catch (EngineException e) {
            throw new CustomerRequestException(CustomerError.of(e, null));
        }
    }

    void close(ConversationId id) {
        try {
            engine.close(id, ClosedBy.CUSTOMER, null);
        } catch (EngineException e) {
            throw new CustomerRequestException(CustomerError.of(e, null));
        }
    }

    private CustomerTurnResult customerSays(ConversationId id, String clientId, String text) {
        try {
            return engine.customerSays(id, clientId, text);
        } catch (DataIntegrityViolationException e) {
            // The same message arrived twice at once (two tabs, a retry racing its original): the
            // other one stored it, so this one now finds it and becomes an acknowledgement.
            return engine.customerSays(id, clientId, text);
        }
    }

    /**
     * Who is typing is a courtesy: when the broker cannot take it (a relay that is down), the message
     * is still stored and answered.
     */
    private void typing(ConversationId id, Author author, boolean typing) {
        try {
            events.publishEvent(new TypingChanged(id, author, typing));
        } catch (MessagingException brokerUnavailable) {
            log.debug("typing indicator not sent: {}", brokerUnavailable.getMessage());
        }
    }

    private ConversationSnapshot snapshot(ConversationId id) {
        return store.find(id).orElseThrow(() -> new CustomerRequestException(
                CustomerError.of(EngineException.unknownConversation(), null)));
    }

    private static String clientId(String clientId) {
        if (clientId == null || clientId.isBlank() || clientId.length() > MAX_CLIENT_ID) {
            throw new CustomerRequestException(new CustomerError("malformed-message",
                    "A message needs a clientId of at most " + MAX_CLIENT_ID + " characters.", null));
        }
        return clientId;
    }
}
