package io.attune.admin.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.admin.satisfaction.CaseStudy.Signal;
import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.Conversation;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which conversations are case studies, why, and their turning points; and the anonymised transcript. */
class CaseStudyTests {

    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    /** Customer turns with these upsets, the handoff at customer turn {@code handoffAt} (0: none), a bot turn between. */
    private static Conversation conversation(Integer rating, int handoffAt, double... upsets) {
        List<Turn> turns = new ArrayList<>();
        long handoffSeq = 0;
        for (int i = 0; i < upsets.length; i++) {
            long seq = turns.size() + 1;
            turns.add(new Turn(seq, Author.CUSTOMER, "Priya Shah", "message " + (i + 1) + " from Priya, order B7730012",
                    T.plusSeconds(60L * seq), "c" + seq, reading(upsets[i]), null, List.of()));
            if (i + 1 == handoffAt) {
                handoffSeq = seq;
            }
            turns.add(new Turn(seq + 1, i + 1 >= handoffAt && handoffAt > 0 ? Author.AGENT : Author.BOT,
                    i + 1 >= handoffAt && handoffAt > 0 ? "Sam Agent" : "Attune assistant", "*answer* " + seq,
                    T.plusSeconds(60L * seq + 30), null, null, null, List.of()));
        }
        ConversationSnapshot s = ConversationSnapshot.started(ConversationId.newId(), "Priya Shah", T)
                .withState(ConversationState.CLOSED, T).withClosed(ClosedBy.CUSTOMER, null, null);
        if (handoffAt > 0) {
            s = s.withHandoff(new HandoffRecord(new HandoffDecision(Verdict.HAND_OFF,
                    List.of(new HandoffReason(Kind.EMOTION, "upset"))), handoffSeq, T, T.plusSeconds(60L * handoffSeq + 20)))
                    .withAgent("sam", "Sam Agent");
        }
        if (rating != null) {
            s = s.withSurvey(new Survey(rating, null, T));
        }
        return new Conversation(s, turns);
    }

    private static EmotionReading reading(double anger) {
        return new EmotionReading(-0.3, List.of(0.2, 0.2, 0.2, 0.2, 0.2), Map.of(Emotion.ANGER, anger), Set.of());
    }

    private static CaseStudy study(Conversation c) {
        return CaseStudy.of(c, CaseStudies.anonymiser(c)).orElseThrow();
    }

    @Test
    void aCalmWellRatedConversationIsNoCaseStudy() {
        Conversation c = conversation(5, 2, 0.1, 0.5, 0.1);
        assertThat(CaseStudy.of(c, CaseStudies.anonymiser(c))).isEmpty();
    }

    @Test
    void aLowRatingMakesACaseStudy() {
        assertThat(study(conversation(2, 0, 0.1, 0.1)).signals()).containsExactly(Signal.LOW_RATING);
    }

    @Test
    void upsetForTwoTurnsBeforeAPersonCameIsALateHandoff() {
        assertThat(study(conversation(null, 3, 0.5, 0.6, 0.8, 0.1)).signals()).containsExactly(Signal.LATE_HANDOFF);
        assertThat(study(conversation(null, 0, 0.5, 0.6)).signals()).as("never handed over").containsExactly(Signal.LATE_HANDOFF);
    }

    @Test
    void angerAfterTheAgentJoinedIsSignalled() {
        assertThat(study(conversation(3, 1, 0.7, 0.2, 0.65)).signals()).containsExactly(Signal.ANGER_AFTER_AGENT);
    }

    @Test
    void theTurningPointsAreTheBiggestMovesQuotedMaskedInOrder() {
        CaseStudy s = study(conversation(1, 2, 0.1, 0.9, 0.85, 0.2, 0.25));

        assertThat(s.turningPoints()).extracting(CaseStudy.TurningPoint::seq).containsExactly(1L, 3L, 7L);
        assertThat(s.turningPoints().get(1).text()).isEqualTo("message 2 from [name], order [order number]");
        assertThat(s.turningPoints().get(2).change()).isCloseTo(-0.65, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void theTranscriptIsMaskedAndCustomersMarkupIsEscaped() {
        Conversation c = conversation(1, 2, 0.1, 0.9);
        String md = CaseTranscript.markdown(c, study(c));

        assertThat(md).doesNotContain("Priya").doesNotContain("Sam Agent").doesNotContain("B7730012")
                .contains("**Customer** (+1 min, upset 0.10, turning point): message 1 from [name], order [order number]")
                .contains("**Agent** (+3 min): \\*answer\\* 3")
                .contains("rated 1 or 2");
    }
}
