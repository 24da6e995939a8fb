package io.attune.admin.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.HandoffRecord;
import io.attune.engine.event.EngineEvent.AgentJoined;
import io.attune.engine.conversation.ClosedBy;
import io.attune.engine.event.EngineEvent.ConversationClosed;
import io.attune.engine.event.EngineEvent.HandoffRequested;
import io.attune.engine.handoff.HandoffDecision;
import io.attune.engine.handoff.HandoffDecision.Verdict;
import io.attune.engine.handoff.HandoffReason;
import io.attune.engine.handoff.HandoffReason.Kind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LiveFiguresTests {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");
    private static final HandoffDecision ANGRY_AND_ASKED = new HandoffDecision(Verdict.HAND_OFF, List.of(
            new HandoffReason(Kind.EMOTION, "anger"), new HandoffReason(Kind.EMOTION, "frustration"),
            new HandoffReason(Kind.ASKED_FOR_PERSON, "asked")));

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ConversationEngine engine = mock(ConversationEngine.class);
    private final LiveFigures figures = new LiveFigures(meters, engine);
    private final ConversationId id = ConversationId.newId();

    private void stored(HandoffRecord handoff) {
        given(engine.snapshot(id)).willReturn(Optional.of(
                ConversationSnapshot.started(id, "Mia", AT).withHandoff(handoff)));
    }

    @Test
    void countsHandoffsOncePerReason() {
        figures.handedOver(new HandoffRequested(id, ANGRY_AND_ASKED, 3));

        assertThat(meters.counter("attune.handoffs", "reason", "emotion").count()).isEqualTo(1);
        assertThat(meters.counter("attune.handoffs", "reason", "asked_for_person").count()).isEqualTo(1);
    }

    @Test
    void timesTheWaitFromHandoffToTheAgentJoining() {
        stored(new HandoffRecord(ANGRY_AND_ASKED, 3, AT, AT.plusSeconds(75)));

        figures.agentJoined(new AgentJoined(id, "dana", "Dana"));

        assertThat(meters.timer("attune.handoff.wait").totalTime(TimeUnit.SECONDS)).isEqualTo(75);
    }

    @Test
    void countsClosedConversationsByWhetherTheBotHandledThemAlone() {
        stored(null);

        figures.closed(new ConversationClosed(id, ClosedBy.CUSTOMER, null));

        assertThat(meters.counter("attune.conversations.closed", "by", "customer", "contained", "true").count())
                .isEqualTo(1);
    }

    @Test
    void aFailedLookUpNeverDisturbsTheConversation() {
        given(engine.snapshot(id)).willThrow(new IllegalStateException("database down"));

        figures.closed(new ConversationClosed(id, ClosedBy.AGENT, null));

        assertThat(meters.find("attune.conversations.closed").counters()).isEmpty();
    }
}
