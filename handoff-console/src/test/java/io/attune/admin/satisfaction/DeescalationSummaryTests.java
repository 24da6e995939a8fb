package io.attune.admin.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.admin.satisfaction.Deescalation.Arc;
import io.attune.admin.satisfaction.Deescalation.Outcome;
import io.attune.admin.satisfaction.DeescalationSummary.Group;
import io.attune.admin.satisfaction.DeescalationSummary.HandedOver;
import io.attune.engine.handoff.HandoffReason.Kind;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The de-escalation figures per agent and per reason: share, median time to calm, satisfaction. */
class DeescalationSummaryTests {

    private static HandedOver calmed(String agent, long seconds, Integer rating, Kind... reasons) {
        return new HandedOver(agent, Set.of(reasons), new Arc(Outcome.DE_ESCALATED, 0.8, 0.5, Duration.ofSeconds(seconds)),
                rating);
    }

    private static HandedOver still(String agent, Integer rating, Kind... reasons) {
        return new HandedOver(agent, Set.of(reasons), new Arc(Outcome.STILL_UPSET, 0.8, 0.7, null), rating);
    }

    private static HandedOver calmAtHandoff(String agent, Integer rating, Kind... reasons) {
        return new HandedOver(agent, Set.of(reasons), new Arc(Outcome.NOT_UPSET_AT_HANDOFF, 0.1, 0.1, null), rating);
    }

    @Test
    void sharesAndMediansArePerAgentAndCountOnlyCustomersUpsetAtTheHandoff() {
        DeescalationSummary s = DeescalationSummary.of(List.of(
                calmed("Sam", 60, 4, Kind.EMOTION), calmed("Sam", 300, null, Kind.EMOTION), still("Sam", 1, Kind.EMOTION),
                calmed("Sam", 180, null, Kind.ASKED_FOR_PERSON), calmAtHandoff("Sam", 5, Kind.ASKED_FOR_PERSON),
                still("Ann", 2, Kind.BOT_FAILURES)));

        Group sam = s.byAgent().stream().filter(g -> g.label().equals("Sam")).findFirst().orElseThrow();
        assertThat(sam.handedOver()).isEqualTo(5);
        assertThat(sam.counted()).as("the customer calm at the handoff is not counted").isEqualTo(4);
        assertThat(sam.share()).isEqualTo(0.75);
        assertThat(sam.medianToCalm()).isEqualTo(Duration.ofSeconds(180));
        assertThat(sam.ratings()).isEqualTo(3);
        assertThat(sam.averageRating()).isEqualTo(10 / 3.0);
        Group ann = s.byAgent().stream().filter(g -> g.label().equals("Ann")).findFirst().orElseThrow();
        assertThat(ann.share()).isZero();
        assertThat(ann.medianToCalm()).isNull();
        assertThat(s.overall().deEscalated()).isEqualTo(3);
    }

    @Test
    void aConversationWithTwoReasonsCountsUnderEach() {
        DeescalationSummary s = DeescalationSummary.of(List.of(
                calmed("Sam", 60, null, Kind.EMOTION, Kind.THREAT_TO_LEAVE), still("Sam", null, Kind.THREAT_TO_LEAVE)));

        assertThat(s.byReason()).extracting(Group::label, Group::counted, Group::deEscalated)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("strong emotion", 1, 1),
                        org.assertj.core.groups.Tuple.tuple("threat to leave", 2, 1));
    }

    @Test
    void aGroupWithNobodyToCalmHasNoShareRatherThanZero() {
        Group g = DeescalationSummary.of(List.of(calmAtHandoff("Sam", null, Kind.EMOTION))).overall();

        assertThat(g.share()).isNull();
        assertThat(g.averageRating()).isNull();
    }
}
