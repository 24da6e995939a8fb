package io.attune.admin.satisfaction;

import static io.attune.admin.SeededConversations.customer;
import static org.assertj.core.api.Assertions.assertThat;

import io.attune.admin.SeededConversations;
import io.attune.admin.SeededConversations.Seed;
import io.attune.admin.satisfaction.DeescalationSummary.Group;
import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.conversation.HandoffRecord;
import io.attune.engine.conversation.Survey;
import io.attune.engine.conversation.Turn;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.conversation.ClosedBy;
import io.attune.engine.handoff.HandoffDecision;
import io.attune.engine.handoff.HandoffDecision.Verdict;
import io.attune.engine.handoff.HandoffReason;
import io.attune.engine.handoff.HandoffReason.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The de-escalation figures read from conversations stored in the widget's tables. */
@JdbcTest
@Import(DeescalationFigures.class)
class DeescalationFiguresTests {

    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    @Autowired
    DeescalationFigures figures;
    @Autowired
    JdbcTemplate jdbc;

    private static EmotionReading angry(double anger) {
        return new EmotionReading(-0.5, List.of(0.2, 0.2, 0.2, 0.2, 0.2), Map.of(Emotion.ANGER, anger), Set.of());
    }

    private static Turn agent(long seq, Instant at) {
        return new Turn(seq, Author.AGENT, "Sam Agent", "agent answer " + seq, at, "a-" + seq, null, null, List.of());
    }

    /** Customer (seq 1, 0.2) → handoff at seq 2 → agent joins → agent, customer, agent, customer. */
    private static Seed handedOver(String agent, double atHandoff, double first, double last, Integer rating) {
        Instant joined = T.plusSeconds(60);
        HandoffRecord handoff = new HandoffRecord(new HandoffDecision(Verdict.HAND_OFF,
                List.of(new HandoffReason(Kind.EMOTION, "angry"))), 2, T, joined);
        ConversationSnapshot s = ConversationSnapshot.started(ConversationId.newId(), "Customer", T).withHandoff(handoff)
                .withAgent(agent.toLowerCase(), agent).withState(ConversationState.CLOSED, T);
        if (rating != null) {
            s = s.withSurvey(new Survey(rating, null, T)).withClosed(ClosedBy.CUSTOMER, null, null);
        }
        return new Seed(s, List.of(customer(1, T, angry(0.2), null), customer(2, T, angry(atHandoff), null),
                agent(3, joined.plusSeconds(10)), customer(4, joined.plusSeconds(60), angry(first), null),
                agent(5, joined.plusSeconds(100)), customer(6, joined.plusSeconds(240), angry(last), null)));
    }

    @Test
    void judgesEachHandedOverConversationFromItsStoredTurns() {
        new SeededConversations(jdbc).store(List.of(
                handedOver("Sam", 0.9, 0.3, 0.1, 5),
                handedOver("Sam", 0.8, 0.6, 0.2, null),
                handedOver("Sam", 0.7, 0.3, 0.8, 1),
                handedOver("Ann", 0.2, 0.1, 0.1, 4)));

        DeescalationSummary s = figures.since(T.minusSeconds(3600));

        Group sam = s.byAgent().stream().filter(g -> g.label().equals("Sam")).findFirst().orElseThrow();
        assertThat(sam.counted()).isEqualTo(3);
        assertThat(sam.deEscalated()).isEqualTo(2);
        assertThat(sam.medianToCalm()).as("60 s and 240 s after the join: the lower median").isEqualTo(Duration.ofSeconds(60));
        assertThat(sam.averageRating()).isEqualTo(3.0);
        Group ann = s.byAgent().stream().filter(g -> g.label().equals("Ann")).findFirst().orElseThrow();
        assertThat(ann.counted()).as("calm at the handoff").isZero();
        assertThat(s.byReason()).extracting(Group::label).containsExactly("strong emotion");
        assertThat(figures.since(T.plusSeconds(3600)).overall().handedOver()).as("outside the period").isZero();
    }
}
