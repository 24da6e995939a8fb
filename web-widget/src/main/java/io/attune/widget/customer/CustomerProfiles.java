package io.attune.widget.customer;

import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationState;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The one home of what the customer tells us about themselves, kept with their conversation: the name in the
 * engine's snapshot (so the summary, the queue and their turns carry it), the email in
 * {@code conversations.customer_email} (V4), the page and language in {@code page_path}, {@code page_title},
 * {@code customer_language} (V5), the browser's customer id in {@code customer_id} (V6); only this class writes
 * those columns.
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

    /**
     * The page the widget runs on and the browser's language, each time the widget starts or resumes: a customer
     * who reloads on another page mid-chat is shown there (the console is told when it changed).
     */
    public void arrivedFrom(ConversationId id, CustomerPage page) {
        if (page.isEmpty() || page.equals(profile(id).page())) {
            return;
        }
        jdbc.sql("update conversations set page_path = ?, page_title = ?, customer_language = ? where id = ?")
                .params(page.path(), page.title(), page.language(), id.value()).update();
        events.publishEvent(new CustomerDetailsChanged(id));
    }

    /** The conversation was started from this browser (its customer id, kept in the widget's token). */
    public void belongsTo(ConversationId id, String customerId) {
        jdbc.sql("update conversations set customer_id = ? where id = ?").params(customerId, id.value()).update();
    }

    /** The same browser's other conversations, newest first, at most {@code limit}. */
    public List<EarlierConversation> earlier(ConversationId id, int limit) {
        return jdbc.sql("select o.id, o.started_at, o.state, o.handoff_at_seq, o.agent_username, o.agent_display_name, "
                        + "o.survey_rating from conversations c join conversations o on o.customer_id = c.customer_id "
                        + "where c.id = ? and o.id <> c.id order by o.started_at desc limit ?")
                .params(id.value(), limit)
                .query((rs, row) -> new EarlierConversation(rs.getString(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(), ConversationState.valueOf(rs.getString(3)),
                        rs.getObject(4) != null, rs.getString(5), rs.getString(6), (Integer) rs.getObject(7)))
                .list();
    }

    public CustomerProfile profile(ConversationId id) {
        return jdbc.sql("select customer_email, page_path, page_title, customer_language from conversations where id = ?")
                .param(id.value())
                .query((rs, row) -> new CustomerProfile(rs.getString(1),
                        new CustomerPage(rs.getString(2), rs.getString(3), rs.getString(4))))
                .optional().orElse(CustomerProfile.UNKNOWN);
    }
}
