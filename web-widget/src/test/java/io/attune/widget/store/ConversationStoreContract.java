package io.attune.widget.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.conversation.FlowState;
import io.attune.engine.conversation.HandoffRecord;
import io.attune.engine.conversation.QuickReply;
import io.attune.engine.conversation.Survey;
import io.attune.engine.conversation.Turn;
import io.attune.engine.emotion.Cue;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.conversation.ClosedBy;
import io.attune.engine.handoff.HandoffDecision;
import io.attune.engine.handoff.HandoffReason;
import io.attune.engine.store.ConversationStore;
import java.time.Duration;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every database must do for the JPA store. Not transactional: each call commits as it would in
 * the application, and the lock tests need real concurrent transactions. Each test uses new ids.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({JpaConversationStore.class, TurnRows.class, WaitingLine.class, ReplyTimes.class, CustomerPresenceRows.class})
abstract class ConversationStoreContract {

    // Microseconds: what both H2 and PostgreSQL keep of a timestamp.
    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Autowired
    ConversationStore store;
    @Autowired
    WaitingLine waitingLine;
    @Autowired
    ReplyTimes replyTimes;
    @Autowired
    CustomerPresenceRows presence;

    private final ConversationId id = ConversationId.newId();

    @Test
    void keepsEveryFieldOfASnapshot() {
        store.create(ConversationSnapshot.started(id, "Ana", T0));
        HandoffDecision decision = new HandoffDecision(HandoffDecision.Verdict.HAND_OFF,
                List.of(new HandoffReason(HandoffReason.Kind.EMOTION, "anger 0.82 >= 0.70 on 2 consecutive turns")));
        ConversationSnapshot changed = ConversationSnapshot.started(id, "Ana", T0)
                .withState(ConversationState.SURVEY, T0.plusSeconds(60)).withAgent("dana", "Dana")
                .withHandoff(new HandoffRecord(decision, 4, T0.plusSeconds(10), T0.plusSeconds(20)))
                .withFlow(new FlowState("order-status", "ask-order-number", Map.of("order number", "A123456")))
                .withBotFailures(2).withSurvey(new Survey(4, "quick, thanks", T0.plusSeconds(70)))
                .withClosed(ClosedBy.AGENT, "resolved", Boolean.TRUE);

        store.update(changed);

        assertThat(store.find(id)).contains(changed);
    }

    @Test
    void theTypicalWaitForAPersonIsTheMedianOfHandoffsAPersonTook() {
        // Later than any other test's handoffs, so only these three count.
        Instant since = T0.plus(3650, ChronoUnit.DAYS);
        HandoffDecision decision = new HandoffDecision(HandoffDecision.Verdict.HAND_OFF,
                List.of(new HandoffReason(HandoffReason.Kind.ASKED_FOR_PERSON, "asked for a person")));
        for (int waitedSeconds : new int[] {60, 600, 120}) {
            ConversationId waited = ConversationId.newId();
            store.create(ConversationSnapshot.started(waited, null, since));
            store.update(ConversationSnapshot.started(waited, null, since).withAgent("dana", "Dana")
                    .withHandoff(new HandoffRecord(decision, 1, since.plusSeconds(1),
                            since.plusSeconds(1 + waitedSeconds))));
        }
        ConversationId unanswered = ConversationId.newId();
        store.create(ConversationSnapshot.started(unanswered, null, since));
        store.update(ConversationSnapshot.started(unanswered, null, since)
                .withHandoff(new HandoffRecord(decision, 1, since.plusSeconds(2), null)));

        assertThat(replyTimes.medianSince(since)).contains(Duration.ofSeconds(120));
        assertThat(replyTimes.medianSince(since.plusSeconds(60))).as("none since").isEmpty();
    }

    @Test
    void anUnknownConversationIsNotFound() {
        assertThat(store.find(ConversationId.newId())).isEmpty();
    }

    @Test
    void keepsATurnsReadingAndQuickReplies() {
        store.create(ConversationSnapshot.started(id, null, T0));
        EmotionReading reading = new EmotionReading(-0.6, List.of(0.5, 0.3, 0.1, 0.05, 0.05),
                Map.of(Emotion.FRUSTRATION, 0.8, Emotion.ANGER, 0.4), Set.of(Cue.SHOUTING, Cue.REPEATED_MESSAGE));
        Turn customer = new Turn(1, Author.CUSTOMER, "Ana", "WHERE IS MY ORDER <b>?</b>", T0, "c-1", reading,
                "order_status", List.of());
        Turn bot = new Turn(2, Author.BOT, "Attune assistant", "Which order?", T0.plusSeconds(1), null, null,
                "order_status", List.of(new QuickReply("The last one", "my last order"), QuickReply.of("Another")));

        store.locked(id, () -> {
            store.append(id, customer);
            store.append(id, bot);
            return null;
        });

        assertThat(store.turns(id)).containsExactly(customer, bot);
    }

    @Test
    void turnsAfterASeqComeInOrder() {
        store.create(ConversationSnapshot.started(id, null, T0));
        IntStream.rangeClosed(1, 6).forEach(seq -> store.append(id, turn(seq, "c-" + seq)));

        assertThat(store.turnsAfter(id, 3)).extracting(Turn::seq).containsExactly(4L, 5L, 6L);
        assertThat(store.turnsAfter(id, 6)).isEmpty();
        assertThat(store.turns(id)).extracting(Turn::seq).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void theRecentTurnsAreTheLastOnesOldestFirst() {
        store.create(ConversationSnapshot.started(id, null, T0));
        IntStream.rangeClosed(1, 6).forEach(seq -> store.append(id, turn(seq, "c-" + seq)));

        assertThat(store.recentTurns(id, 4)).extracting(Turn::seq).containsExactly(3L, 4L, 5L, 6L);
        assertThat(store.recentTurns(id, 10)).isEqualTo(store.turns(id));
    }

    @Test
    void aRetriedSendWithTheSameClientIdIsStoredOnce() {
        store.create(ConversationSnapshot.started(id, null, T0));
        Turn first = turn(1, "retry-me");
        store.append(id, first);

        assertThatThrownBy(() -> store.append(id, turn(2, "retry-me")))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(store.turnByClientId(id, "retry-me")).contains(first);
        assertThat(store.turns(id)).containsExactly(first);
        assertThat(store.turnByClientId(id, "never-sent")).isEmpty();
    }

    @Test
    void aSeqIsNeverStoredTwice() {
        store.create(ConversationSnapshot.started(id, null, T0));
        store.append(id, turn(1, "a"));

        assertThatThrownBy(() -> store.append(id, turn(1, "b"))).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(store.turns(id)).extracting(Turn::clientId).containsExactly("a");
    }

    @Test
    void workThatFailsInsideTheLockStoresNothing() {
        store.create(ConversationSnapshot.started(id, null, T0));

        assertThatThrownBy(() -> store.locked(id, () -> {
            store.append(id, turn(1, "lost"));
            throw new IllegalStateException("engine failed");
        })).hasMessage("engine failed");

        assertThat(store.turns(id)).isEmpty();
    }

    @Test
    void concurrentWritersOfOneConversationNeverInterleave() throws Exception {
        store.create(ConversationSnapshot.started(id, null, T0));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Void>> writers = IntStream.range(0, 4).mapToObj(w -> CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 5; i++) {
                    String clientId = "w" + w + "-" + i;
                    // Read the next seq and write it in one locked unit, as the engine does.
                    store.locked(id, () -> {
                        store.append(id, turn(store.turns(id).size() + 1, clientId));
                        return null;
                    });
                }
            }, pool)).toList();
            CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(store.turns(id)).extracting(Turn::seq).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 20).mapToObj(Long::valueOf).toList());
    }

    @Test
    void aSecondLockerWaitsForTheFirstToFinish() throws Exception {
        store.create(ConversationSnapshot.started(id, null, T0));
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicBoolean secondEntered = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Object> first = CompletableFuture.supplyAsync(() -> store.locked(id, () -> {
                firstHolds.countDown();
                await().atMost(Duration.ofSeconds(30)).until(() -> releaseFirst.getCount() == 0);
                return null;
            }), pool);
            assertThat(firstHolds.await(30, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Object> second = CompletableFuture.supplyAsync(
                    () -> store.locked(id, () -> secondEntered.getAndSet(true)), pool);

            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).untilFalse(secondEntered);
            releaseFirst.countDown();
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(secondEntered).isTrue();
    }

    @Test
    void theWaitingLineIsOldestHandoffFirst() {
        ConversationId later = ConversationId.newId();
        ConversationId earlier = ConversationId.newId();
        waiting(later, T0.plusSeconds(30));
        waiting(earlier, T0.plusSeconds(5));

        List<ConversationId> line = waitingLine.waiting();

        assertThat(line).containsSubsequence(earlier, later);
        assertThat(line).doesNotContain(id);
    }

    @Test
    void aWaitingCustomerNotSeenSinceTheCutoffLeavesTheLineAndOneSeenSinceStays() {
        ConversationId gone = ConversationId.newId();
        ConversationId here = ConversationId.newId();
        ConversationId neverConnected = ConversationId.newId();
        waiting(gone, T0.plusSeconds(5));
        waiting(here, T0.plusSeconds(6));
        waiting(neverConnected, T0.plusSeconds(7));
        presence.seen(gone, T0.plusSeconds(10));
        presence.seen(here, T0.plusSeconds(10));
        presence.stillSeen(List.of(here), T0.plusSeconds(200));

        List<ConversationId> setAside = presence.abandonWaitingUnseenSince(T0.plusSeconds(190), T0.plusSeconds(370), 1_000);

        assertThat(setAside).contains(gone).doesNotContain(here, neverConnected);
        assertThat(waitingLine.waiting()).doesNotContain(gone).contains(here, neverConnected);
        assertThat(presence.isAbandoned(gone)).isTrue();
    }

    @Test
    void aConversationWithAnAgentOrTheBotIsNeverSetAside() {
        ConversationId withBot = ConversationId.newId();
        store.create(ConversationSnapshot.started(withBot, null, T0));
        presence.seen(withBot, T0);

        assertThat(presence.abandonWaitingUnseenSince(T0.plusSeconds(600), T0.plusSeconds(600), 1_000))
                .doesNotContain(withBot);
        assertThat(presence.isAbandoned(withBot)).isFalse();
    }

    @Test
    void aCustomerWhoComesBackRejoinsTheLineAtTheirPlace() {
        ConversationId first = ConversationId.newId();
        ConversationId second = ConversationId.newId();
        waiting(first, T0.plusSeconds(1));
        waiting(second, T0.plusSeconds(2));
        presence.seen(first, T0.plusSeconds(3));
        presence.seen(second, T0.plusSeconds(400));
        presence.abandonWaitingUnseenSince(T0.plusSeconds(200), T0.plusSeconds(400), 1_000);
        assertThat(waitingLine.waiting()).doesNotContain(first);

        boolean rejoined = presence.seen(first, T0.plusSeconds(500));

        assertThat(rejoined).isTrue();
        assertThat(waitingLine.waiting()).containsSubsequence(first, second);
        assertThat(presence.seen(first, T0.plusSeconds(501))).as("only the first return rejoins").isFalse();
    }

    @Test
    void concurrentSweepsSetEachConversationAsideOnceAndABatchIsBounded() {
        ConversationId a = ConversationId.newId();
        ConversationId b = ConversationId.newId();
        Instant longAgo = T0.minus(Duration.ofDays(30));
        waiting(a, T0);
        waiting(b, T0);
        presence.seen(a, longAgo);
        presence.seen(b, longAgo.plusSeconds(1));
        Instant cutoff = longAgo.plusSeconds(2);

        List<ConversationId> firstSweep = presence.abandonWaitingUnseenSince(cutoff, T0, 1);
        List<ConversationId> secondSweep = presence.abandonWaitingUnseenSince(cutoff, T0, 10);
        List<ConversationId> thirdSweep = presence.abandonWaitingUnseenSince(cutoff, T0, 10);

        assertThat(firstSweep).containsExactly(a);
        assertThat(secondSweep).containsExactly(b);
        assertThat(thirdSweep).isEmpty();
    }

    private void waiting(ConversationId conversation, Instant handedOffAt) {
        store.create(ConversationSnapshot.started(conversation, null, T0));
        store.update(ConversationSnapshot.started(conversation, null, T0)
                .withState(ConversationState.WAITING_FOR_AGENT, handedOffAt)
                .withHandoff(new HandoffRecord(HandoffDecision.stay(), 1, handedOffAt, null)));
    }

    private static Turn turn(long seq, String clientId) {
        return new Turn(seq, Author.CUSTOMER, null, "message " + seq, T0.plusSeconds(seq), clientId, null, null,
                List.of());
    }
}
