package io.attune.widget.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.conversation.Turn;
import io.attune.engine.conversation.ClosedBy;
import io.attune.engine.store.ConversationStore;
import io.attune.widget.store.ConversationSearch.Listed;
import io.attune.widget.store.ConversationSearch.Query;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the conversation list's search must do on every database. The database may hold other tests'
 * conversations (PostgreSQL's is kept between runs), so each test's conversations share a word of their own
 * and each query searches for it.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({JpaConversationStore.class, TurnRows.class, ConversationSearch.class})
abstract class ConversationSearchContract {

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private static final Set<ConversationState> ALL = EnumSet.allOf(ConversationState.class);

    @Autowired
    ConversationStore store;
    @Autowired
    ConversationSearch search;
    @Autowired
    DataSource dataSource;

    private final String word = "w" + UUID.randomUUID().toString().replace("-", "");

    @Test
    void findsTheConversationsWhoseTranscriptHoldsTheWordsInAnyCase() {
        ConversationId parcel = conversation("Ana", 1, ConversationState.BOT_ANSWERING, "Where is my PARCEL " + word);
        conversation("Ben", 2, ConversationState.BOT_ANSWERING, "Do you ship abroad? " + word);

        assertThat(ids(new Query(ALL, null, "  parcel " + word.toUpperCase() + " ", 0, 25))).containsExactly(parcel);
    }

    @Test
    void matchesLikeWildcardsLiterally() {
        ConversationId percent = conversation("Ana", 1, ConversationState.BOT_ANSWERING, word + " 100% cotton");
        conversation("Ben", 2, ConversationState.BOT_ANSWERING, word + " 1000 cotton");
        ConversationId underscore = conversation("Cai", 3, ConversationState.BOT_ANSWERING, word + " a_b");
        conversation("Dee", 4, ConversationState.BOT_ANSWERING, word + " axb");
        ConversationId backslash = conversation("Eve", 5, ConversationState.BOT_ANSWERING, word + " c:\\temp");

        assertThat(ids(new Query(ALL, null, word + " 100%", 0, 25))).containsExactly(percent);
        assertThat(ids(new Query(ALL, null, word + " a_b", 0, 25))).containsExactly(underscore);
        assertThat(ids(new Query(ALL, null, word + " c:\\", 0, 25))).containsExactly(backslash);
    }

    @Test
    void anAgentIsListedOnlyWaitingConversationsAndThoseTheyHold() {
        ConversationId waiting = conversation("Ana", 1, ConversationState.WAITING_FOR_AGENT, word);
        ConversationId danas = held("Ben", 2, "dana", word);
        ConversationId sams = held("Cai", 3, "sam", word);
        conversation("Dee", 4, ConversationState.BOT_ANSWERING, word);
        ConversationId closed = conversation("Eve", 5, ConversationState.CLOSED, word);

        assertThat(ids(new Query(ALL, "dana", word, 0, 25))).containsExactlyInAnyOrder(waiting, danas);
        assertThat(ids(new Query(Set.of(ConversationState.WITH_AGENT), null, word, 0, 25)))
                .containsExactlyInAnyOrder(danas, sams);
        assertThat(ids(new Query(Set.of(ConversationState.CLOSED), null, word, 0, 25))).containsExactly(closed);
    }

    @Test
    void listsNewestActivityFirstOnePageAtATimeWithTheLatestMessage() {
        ConversationId oldest = conversation("Ana", 1, ConversationState.BOT_ANSWERING, word);
        ConversationId middle = conversation("Ben", 2, ConversationState.BOT_ANSWERING, word);
        ConversationId newest = conversation("Cai", 3, ConversationState.BOT_ANSWERING, word);
        store.append(newest, new Turn(2, Author.BOT, null, "Your parcel left on Monday.", T0.plusSeconds(4), null,
                null, null, List.of()));
        store.append(newest, new Turn(3, Author.SYSTEM, null, "Dana has joined the conversation.", T0.plusSeconds(5),
                null, null, null, List.of()));

        List<Listed> first = search.find(new Query(ALL, null, word, 0, 2));
        assertThat(first).extracting(Listed::id).containsExactly(newest, middle);
        assertThat(first.get(0).lastText()).isEqualTo("Your parcel left on Monday.");
        assertThat(first.get(0).customerName()).isEqualTo("Cai");
        assertThat(ids(new Query(ALL, null, word, 2, 2))).containsExactly(oldest);
    }

    @Test
    void tellsTheConversationsWhoseCustomerLeftWhileWaitingFromThoseStillThere() {
        ConversationId here = conversation("Ana", 1, ConversationState.WAITING_FOR_AGENT, word);
        ConversationId gone = conversation("Ben", 2, ConversationState.WAITING_FOR_AGENT, word);
        CustomerPresenceRows presence = new CustomerPresenceRows(JdbcClient.create(dataSource));
        presence.seen(gone, T0.minusSeconds(3600));
        presence.seen(here, T0);
        assertThat(presence.abandonWaitingUnseenSince(T0.minusSeconds(60), T0, 1000)).contains(gone).doesNotContain(here);
        Set<ConversationState> waiting = Set.of(ConversationState.WAITING_FOR_AGENT);

        assertThat(ids(new Query(waiting, null, word, 0, 25, false))).containsExactly(here);
        assertThat(ids(new Query(waiting, null, word, 0, 25, true))).containsExactly(gone);
        assertThat(search.find(new Query(ALL, null, word, 0, 25))).extracting(Listed::id, Listed::abandoned)
                .containsExactly(tuple(gone, true), tuple(here, false));
    }

    @Test
    void listsTheEndedConversationsStartedSinceADayTheLatestFirst() {
        ConversationId before = conversation("Ada", 1000, ConversationState.CLOSED, word);
        ConversationId earlier = conversation("Bea", 1002, ConversationState.CLOSED, word);
        ConversationId open = conversation("Cy", 1003, ConversationState.WAITING_FOR_AGENT, word);
        ConversationId later = conversation("Dan", 1004, ConversationState.CLOSED, word);
        Set<ConversationId> ours = Set.of(before, earlier, open, later);

        List<ConversationId> ended = search.endedSince(T0.plusSeconds(60L * 1001), 1000);

        assertThat(ended.stream().filter(ours::contains)).containsExactly(later, earlier);
    }

    private List<ConversationId> ids(Query query) {
        return search.find(query).stream().map(Listed::id).toList();
    }

    private ConversationId conversation(String customer, int minute, ConversationState state, String text) {
        ConversationId id = ConversationId.newId();
        Instant at = T0.plusSeconds(60L * minute);
        store.create(ConversationSnapshot.started(id, customer, at));
        if (state == ConversationState.CLOSED) {
            store.update(ConversationSnapshot.started(id, customer, at).withState(state, at)
                    .withClosed(ClosedBy.CUSTOMER, null, null));
        } else if (state != ConversationState.BOT_ANSWERING) {
            store.update(ConversationSnapshot.started(id, customer, at).withState(state, at));
        }
        store.append(id, new Turn(1, Author.CUSTOMER, customer, text, at, "c" + minute, null, null, List.of()));
        return id;
    }

    private ConversationId held(String customer, int minute, String agent, String text) {
        ConversationId id = conversation(customer, minute, ConversationState.BOT_ANSWERING, text);
        Instant at = T0.plusSeconds(60L * minute);
        store.update(ConversationSnapshot.started(id, customer, at).withState(ConversationState.WITH_AGENT, at)
                .withAgent(agent, agent));
        return id;
    }
}
