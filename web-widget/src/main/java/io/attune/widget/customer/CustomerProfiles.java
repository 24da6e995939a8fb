package io.attune.widget.customer;

import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.ConversationId;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The one home of what the customer tells us about themselves, kept with their conversation: the name in the
 * engine's snapshot (so the summary, the queue and their turns carry it), the email in
 * {@code conversations.customer_email} (V4), which only this class writes.
 */
@Service
public class CustomerProfiles {

    private final ConversationEngine engine;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    CustomerProfiles(ConversationEngine engine, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Keeps what was given; a part left out keeps what was given before. */
    public void give(ConversationId id, CustomerDetails details) {
        if (details.isEmpty()) {
            return;
        }
        if (details.name() != null) {
            engine.nameCustomer(id, details.name());
        }
        if (details.email() != null) {
            jdbc.sql("update conversations set customer_email = ? where id = ?")
                    .params(details.email(), id.value()).update();
        }
        events.publishEvent(new CustomerDetailsChanged(id));
    }

    /** The email the customer gave with this conversation, if any. */
    public Optional<String> email(ConversationId id) {
        return jdbc.sql("select customer_email from conversations where id = ?").param(id.value())
                .query(String.class).optional();
    }
}
