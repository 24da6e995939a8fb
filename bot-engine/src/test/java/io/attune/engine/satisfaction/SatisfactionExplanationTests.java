package io.attune.engine.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.ClosedBy;
import io.attune.engine.conversation.Conversation;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.conversation.HandoffRecord;
import io.attune.engine.conversation.Turn;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.handoff.HandoffDecision;
import io.attune.engine.handoff.PolicyTurn;
import io.attune.engine.satisfaction.SatisfactionModel.Explanation;
import io.attune.engine.satisfaction.SatisfactionModel.TurnEffect;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SatisfactionExplanationTests {

    private final SatisfactionModel shipped = SatisfactionModel.shipped();

    private static EndedConversation withAgent(List<Double> upsets) {
        return new EndedConversation(upsets, true, true, Duration.ofMinutes(2), 0, ClosedBy.AGENT);
    }

    @Test
    void anAngryLastTurnIsTheTurnThatLoweredThePredictionMost() {
        Explanation explained = shipped.explain(withAgent(List.of(0.1, 0.3, 0.95)));

        TurnEffect strongest = explained.strongestTurns(3).get(0);
        assertThat(strongest.turn()).isEqualTo(2);
        assertThat(strongest.change()).as("towards dissatisfied").isPositive();
    }

    @Test
    void aCalmTurnAfterTheAngerRaisesThePrediction() {
        Explanation explained = shipped.explain(withAgent(List.of(0.9, 0.1)));

        assertThat(explained.turns()).hasSize(2);
        assertThat(explained.turns().get(0).change()).as("the angry turn").isPositive();
        assertThat(explained.turns().get(1).change()).as("the calm ending").isNegative();
    }

    @Test
    void eachTurnsChangeIsThePredictionWithItMinusThePredictionWithoutIt() {
        EndedConversation c = withAgent(List.of(0.2, 0.8, 0.5));

        Explanation explained = shipped.explain(c);

        double with = shipped.predict(c.arc()).dissatisfied();
        double withoutMiddle = shipped.predict(withAgent(List.of(0.2, 0.5)).arc()).dissatisfied();
        assertThat(explained.prediction().dissatisfied()).isEqualTo(with);
        assertThat(explained.turns().get(1).change()).isEqualTo(with - withoutMiddle);
    }

    @Test
    void turnsThatBarelyMovedItAreNotAmongTheStrongest() {
        Explanation explained = shipped.explain(withAgent(List.of(0.1, 0.1, 0.1, 0.1, 0.9)));

        assertThat(explained.strongestTurns(3)).allSatisfy(
                t -> assertThat(Math.abs(t.change())).isGreaterThanOrEqualTo(Explanation.NOTICEABLE));
        assertThat(explained.strongestTurns(3).get(0).turn()).isEqualTo(4);
    }

    @Test
    void readsAStoredConversationOnceItHasEnded() {
        Instant t = Instant.parse("2026-12-01T10:00:00Z");
        HandoffRecord handoff = new HandoffRecord(HandoffDecision.stay(), 3, t.plusSeconds(60), null);
        ConversationSnapshot open = ConversationSnapshot.started(ConversationId.newId(), "Ana", t).withHandoff(handoff)
                .withState(ConversationState.WAITING_FOR_AGENT, t);
        List<Turn> turns = List.of(customer(1, t, 0.2, PolicyTurn.NOT_UNDERSTOOD), customer(2, t, 0.5, "order_status"),
                customer(3, t.plusSeconds(60), 0.9, PolicyTurn.NOT_UNDERSTOOD),
                customer(4, t.plusSeconds(300), 0.95, PolicyTurn.NOT_UNDERSTOOD),
                new Turn(5, Author.SYSTEM, null, "closed", t.plusSeconds(660), null, null, null, List.of()));
        ConversationSnapshot closed = open.withState(ConversationState.CLOSED, t.plusSeconds(700))
                .withClosed(ClosedBy.INACTIVITY, null, null);

        assertThat(EndedConversation.of(new Conversation(open, turns))).isEmpty();
        assertThat(EndedConversation.of(new Conversation(closed, turns))).hasValue(new EndedConversation(
                List.of(0.2, 0.5, 0.9, 0.95), true, false, Duration.ofMinutes(10), 2, ClosedBy.INACTIVITY));
    }

    private static Turn customer(long seq, Instant at, double anger, String intent) {
        EmotionReading reading = new EmotionReading(-0.5, List.of(0.2, 0.2, 0.2, 0.2, 0.2), Map.of(Emotion.ANGER, anger),
                Set.of());
        return new Turn(seq, Author.CUSTOMER, "Ana", "message " + seq, at, "c-" + seq, reading, intent, List.of());
    }
}
