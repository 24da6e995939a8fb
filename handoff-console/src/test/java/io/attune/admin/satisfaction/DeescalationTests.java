package io.attune.admin.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.admin.satisfaction.Deescalation.Arc;
import io.attune.admin.satisfaction.Deescalation.CustomerTurn;
import io.attune.admin.satisfaction.Deescalation.Outcome;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReading;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The de-escalation rule: upset at the handoff, below 0.4 after the agent joined and staying there. */
class DeescalationTests {

    private static final Instant HANDOFF = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant JOINED = HANDOFF.plusSeconds(60);

    private static CustomerTurn turn(long seq, long secondsAfterJoin, double upset) {
        return new CustomerTurn(seq, JOINED.plusSeconds(secondsAfterJoin), upset);
    }

    private static CustomerTurn atHandoff(double upset) {
        return new CustomerTurn(3, HANDOFF, upset);
    }

    @Test
    void aCustomerWhoCalmsAfterTheAgentJoinsAndStaysCalmIsDeescalated() {
        Arc arc = Deescalation.judge(3, JOINED, List.of(new CustomerTurn(1, HANDOFF, 0.2), atHandoff(0.8),
                turn(5, 30, 0.6), turn(7, 120, 0.3), turn(9, 200, 0.1)));

        assertThat(arc.outcome()).isEqualTo(Outcome.DE_ESCALATED);
        assertThat(arc.upsetAtHandoff()).isEqualTo(0.8);
        assertThat(arc.timeToCalm()).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void calmingThenFlaringUpAgainIsNotDeescalated() {
        Arc arc = Deescalation.judge(3, JOINED, List.of(atHandoff(0.7), turn(5, 30, 0.2), turn(7, 90, 0.5)));

        assertThat(arc.outcome()).isEqualTo(Outcome.STILL_UPSET);
        assertThat(arc.timeToCalm()).isNull();
        assertThat(arc.upsetAfter()).isEqualTo(0.5);
    }

    @Test
    void theTimeToCalmStartsAtTheLastCalmStretchNotAnEarlierLull() {
        Arc arc = Deescalation.judge(3, JOINED, List.of(atHandoff(0.9), turn(5, 10, 0.1), turn(7, 50, 0.6),
                turn(9, 300, 0.39)));

        assertThat(arc.outcome()).isEqualTo(Outcome.DE_ESCALATED);
        assertThat(arc.timeToCalm()).isEqualTo(Duration.ofSeconds(300));
    }

    @Test
    void aCustomerCalmAtTheHandoffHasNothingToDeescalate() {
        Arc arc = Deescalation.judge(3, JOINED, List.of(atHandoff(0.39), turn(5, 30, 0.1)));

        assertThat(arc.outcome()).isEqualTo(Outcome.NOT_UPSET_AT_HANDOFF);
        assertThat(arc.outcome().counts()).isFalse();
    }

    @Test
    void withoutAnAgentOrACustomerTurnAfterTheJoinThereIsNoArcToJudge() {
        assertThat(Deescalation.judge(3, null, List.of(atHandoff(0.9), turn(5, 30, 0.1))).outcome())
                .isEqualTo(Outcome.NO_REPLY_AFTER_AGENT);
        // A turn written while waiting (after the handoff, before the agent joined) is not the agent's part.
        CustomerTurn whileWaiting = new CustomerTurn(5, HANDOFF.plusSeconds(20), 0.1);
        assertThat(Deescalation.judge(3, JOINED, List.of(atHandoff(0.9), whileWaiting)).outcome())
                .isEqualTo(Outcome.NO_REPLY_AFTER_AGENT);
    }
}
