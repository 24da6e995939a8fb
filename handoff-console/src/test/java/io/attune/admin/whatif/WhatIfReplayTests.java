package io.attune.admin.whatif;

import static io.attune.admin.whatif.Conversations.angry;
import static org.assertj.core.api.Assertions.assertThat;

import io.attune.admin.whatif.WhatIfResult.Change;
import io.attune.engine.handoff.HandoffPolicy;
import io.attune.engine.handoff.HandoffThresholds;
import io.attune.engine.handoff.PolicyTurn;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WhatIfReplayTests {

    private final HandoffPolicy policy = new HandoffPolicy();
    private final HandoffThresholds current = HandoffThresholds.defaults();
    private final HandoffThresholds laxer = new HandoffThresholds(0.95, 0.95, 0.95, 0.95, 3, -0.9, 6, -1.0, 6,
            true, true, 0.75, 5.0, 0.0, 0.9);

    private List<StoredConversation> variedConversations(int n) {
        Random random = new Random(42);
        List<StoredConversation> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Boolean needed = i % 3 == 0 ? Boolean.TRUE : i % 3 == 1 ? Boolean.FALSE : null;
            list.add(new StoredConversation("c" + i, "customer " + i, needed, Conversations.varied(random)));
        }
        return list;
    }

    private WhatIfResult replay(List<StoredConversation> conversations, HandoffThresholds candidate) {
        WhatIfReplay replay = new WhatIfReplay(policy, current, candidate, 1_000);
        conversations.forEach(replay::add);
        return replay.result(0);
    }

    private long handedOffBy(List<StoredConversation> conversations, HandoffThresholds t, Boolean needed) {
        return conversations.stream()
                .filter(c -> needed == null || needed.equals(c.handoffNeeded()))
                .filter(c -> policy.firstHandoff(c.customerTurns(), t).isPresent()).count();
    }

    @Test
    void raisingTheThresholdsHandsOverFewerConversations() {
        List<StoredConversation> stored = variedConversations(500);

        WhatIfResult result = replay(stored, laxer);

        assertThat(result.conversations()).isEqualTo(500);
        assertThat(result.current().handoffs()).isEqualTo(handedOffBy(stored, current, null));
        assertThat(result.candidate().handoffs()).isEqualTo(handedOffBy(stored, laxer, null));
        assertThat(result.candidate().handoffs()).isLessThan(result.current().handoffs());
        assertThat(result.extraHandoffs()).isEqualTo(result.candidate().handoffs() - result.current().handoffs())
                .isNegative();
        assertThat(result.candidate().rate()).isEqualTo(result.candidate().handoffs() / 500.0);
        assertThat(result.candidate().byTurn().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(result.candidate().handoffs());
    }

    @Test
    void theTradeOffCurveReplaysTheCandidateAtEachBuildUpLevelFromQuickestToOff() {
        List<StoredConversation> stored = variedConversations(300);

        WhatIfResult result = replay(stored, current);

        assertThat(result.curve()).extracting(WhatIfResult.CurvePoint::buildUp)
                .containsExactlyElementsOf(WhatIfReplay.CURVE_LEVELS);
        for (WhatIfResult.CurvePoint point : result.curve()) {
            HandoffThresholds at = current.withBuildUp(point.buildUp(), current.buildUpDecay(), current.buildUpFloor());
            assertThat(point.handoffs()).as("at %.1f", point.buildUp()).isEqualTo(handedOffBy(stored, at, null));
            assertThat(point.truth().caught()).isEqualTo(handedOffBy(stored, at, true));
            assertThat(point.truth().falseAlarms()).isEqualTo(handedOffBy(stored, at, false));
        }
        assertThat(result.curve().get(0).handoffs()).as("the quickest build-up hands over the most")
                .isGreaterThanOrEqualTo(result.curve().get(result.curve().size() - 1).handoffs());
    }

    @Test
    void countsNeededHandoffsCaughtAndUnneededOnesCaused() {
        List<StoredConversation> stored = variedConversations(300);

        WhatIfResult result = replay(stored, laxer);

        WhatIfResult.GroundTruth truth = result.candidate().truth();
        assertThat(truth.needed()).isEqualTo(100);
        assertThat(truth.unneeded()).isEqualTo(100);
        assertThat(truth.caught()).isEqualTo(handedOffBy(stored, laxer, true));
        assertThat(truth.falseAlarms()).isEqualTo(handedOffBy(stored, laxer, false));
        assertThat(result.current().truth().caught()).isEqualTo(handedOffBy(stored, current, true));
        assertThat(result.current().truth().falseAlarms()).isEqualTo(handedOffBy(stored, current, false));
    }

    @Test
    void listsWhichConversationAtWhichTurnAndWhy() {
        List<PolicyTurn> turns = List.of(new PolicyTurn(angry(0.1, 0), true), new PolicyTurn(angry(0.9, 0), true),
                new PolicyTurn(angry(0.9, 0), true), new PolicyTurn(angry(0.9, 0), true));
        HandoffThresholds quicker = new HandoffThresholds(0.7, 0.75, 0.75, 0.8, 2, -0.5, 3, -0.35, 3, true, true, 0.75, 5.0, 0.0, 0.9);
        HandoffThresholds slower = new HandoffThresholds(0.7, 0.75, 0.75, 0.8, 3, -0.5, 3, -0.35, 3, true, true, 0.75, 5.0, 0.0, 0.9);
        WhatIfReplay replay = new WhatIfReplay(policy, quicker, slower, 10);

        replay.add(new StoredConversation("abc", "Mia", true, turns));
        WhatIfResult result = replay.result(0);

        assertThat(result.handedOver()).singleElement().satisfies(h -> {
            assertThat(h.conversationId()).isEqualTo("abc");
            assertThat(h.turn()).isEqualTo(4);
            assertThat(h.change()).isEqualTo(Change.LATER);
            assertThat(h.reasons()).contains("anger").isEqualTo(policy.decide(turns, slower).explanation());
        });
        assertThat(result.current().byTurn().get(2)).isEqualTo(1);
        assertThat(result.candidate().byTurn().get(3)).isEqualTo(1);
    }

    @Test
    void listsOnlyUpToItsLimitButCountsAll() {
        List<StoredConversation> stored = variedConversations(500);
        WhatIfReplay replay = new WhatIfReplay(policy, current, current, 5);

        stored.forEach(replay::add);
        WhatIfResult result = replay.result(0);

        assertThat(result.handedOver()).hasSize(5);
        assertThat(result.candidate().handoffs()).isEqualTo(handedOffBy(stored, current, null)).isGreaterThan(5);
        assertThat(result.extraHandoffs()).isZero();
    }
}
