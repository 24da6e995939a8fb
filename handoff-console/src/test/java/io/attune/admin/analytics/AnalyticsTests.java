package io.attune.admin.analytics;

import static io.attune.admin.SeededConversations.bot;
import static io.attune.admin.SeededConversations.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.attune.admin.SeededConversations;
import io.attune.admin.SeededConversations.Seed;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.conversation.HandoffRecord;
import io.attune.engine.conversation.Survey;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.conversation.ClosedBy;
import io.attune.engine.handoff.HandoffDecision;
import io.attune.engine.handoff.HandoffDecision.Verdict;
import io.attune.engine.handoff.HandoffReason;
import io.attune.engine.handoff.HandoffReason.Kind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The analytics figures from conversations stored in the widget's tables. */
@JdbcTest
@Import({AnalyticsQueries.class, Analytics.class, AnalyticsTests.Today.class})
class AnalyticsTests {

    private static final Instant NOW = Instant.parse("2026-11-23T18:00:00Z");

    @TestConfiguration
    static class Today {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    Analytics analytics;

    @Autowired
    JdbcTemplate jdbc;

    private static EmotionReading reading(double sentiment, Emotion emotion, double intensity) {
        return new EmotionReading(sentiment, List.of(0.2, 0.2, 0.2, 0.2, 0.2), Map.of(emotion, intensity), Set.of());
    }

    private static Seed conversation(Instant at, ConversationState state, HandoffRecord handoff, Integer rating,
                                     EmotionReading... readings) {
        ConversationSnapshot s = ConversationSnapshot.started(ConversationId.newId(), "Customer", at)
                .withHandoff(handoff).withState(state, at);
        if (rating != null) {
            s = s.withSurvey(new Survey(rating, null, at)).withClosed(ClosedBy.CUSTOMER, null, null);
        }
        List<io.attune.engine.conversation.Turn> turns = new java.util.ArrayList<>();
        for (EmotionReading r : readings) {
            turns.add(customer(turns.size() + 1, at, r, "track_order"));
            turns.add(bot(turns.size() + 1, at));
        }
        return new Seed(s, turns);
    }

    private static HandoffRecord handoff(Kind kind, long atSeq, Instant at, Instant joined) {
        return new HandoffRecord(new HandoffDecision(Verdict.HAND_OFF, List.of(new HandoffReason(kind, "why"))), atSeq,
                at, joined);
    }

    @BeforeEach
    void store() {
        Instant today = NOW.minusSeconds(3_600);
        Instant yesterday = NOW.minusSeconds(86_400);
        new SeededConversations(jdbc).store(List.of(
                conversation(today, ConversationState.CLOSED, null, 5, reading(0.6, Emotion.JOY, 0.8)),
                conversation(yesterday, ConversationState.CLOSED,
                        handoff(Kind.EMOTION, 3, yesterday, yesterday.plusSeconds(90)), 3,
                        reading(-0.2, Emotion.ANGER, 0.5), reading(-0.8, Emotion.ANGER, 0.9),
                        reading(0.4, Emotion.GRATITUDE, 0.7)),
                conversation(today, ConversationState.WAITING_FOR_AGENT,
                        handoff(Kind.ASKED_FOR_PERSON, 1, today, null), null, reading(-0.4, Emotion.FRUSTRATION, 0.6)),
                conversation(NOW.minusSeconds(40L * 86_400), ConversationState.CLOSED, null, 1,
                        reading(-1, Emotion.SADNESS, 1))));
    }

    /** Two more handoffs whose customers left while waiting: one still set aside, one since closed for inactivity. */
    private void twoCustomersLeftWhileWaiting() {
        Instant today = NOW.minusSeconds(1_800);
        Seed stillOpen = conversation(today, ConversationState.WAITING_FOR_AGENT,
                handoff(Kind.ASKED_FOR_PERSON, 1, today, null), null, reading(-0.3, Emotion.FRUSTRATION, 0.5));
        Seed closed = conversation(today, ConversationState.CLOSED, handoff(Kind.ASKED_FOR_PERSON, 1, today, null), null,
                reading(-0.3, Emotion.FRUSTRATION, 0.5));
        new SeededConversations(jdbc).store(List.of(stillOpen, closed));
        for (Seed left : List.of(stillOpen, closed)) {
            jdbc.update("UPDATE conversations SET abandoned_at = ? WHERE id = ?",
                    java.sql.Timestamp.from(today.plusSeconds(200)), left.snapshot().id().value());
        }
    }

    @Test
    void countsTheHandoffsWhoseCustomerLeftWhileWaitingApartFromThoseStillWaiting() {
        twoCustomersLeftWhileWaiting();

        AnalyticsReport r = analytics.report(30);

        assertThat(r.handedOver()).isEqualTo(4);
        assertThat(r.waits().abandoned()).isEqualTo(2);
        assertThat(r.waits().waiting()).as("the customer still there").isEqualTo(1);
        assertThat(r.waits().joined()).isEqualTo(1);
        assertThat(r.abandonedShare()).isEqualTo(0.5);
    }

    @Test
    void countsConversationsContainmentAndHandoffsInThePeriod() {
        AnalyticsReport r = analytics.report(30);

        assertThat(r.to()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(r.days()).hasSize(30);
        assertThat(r.conversations()).isEqualTo(3);
        assertThat(r.closed()).isEqualTo(2);
        assertThat(r.containedByBot()).isEqualTo(1);
        assertThat(r.containment()).isEqualTo(0.5);
        assertThat(r.handedOver()).isEqualTo(2);
        assertThat(r.handoffRate()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(r.byReason()).containsOnly(Map.entry(Kind.EMOTION, 1), Map.entry(Kind.ASKED_FOR_PERSON, 1));
        assertThat(r.days().get(29)).extracting(AnalyticsReport.Day::conversations, AnalyticsReport.Day::handedOver,
                AnalyticsReport.Day::containedByBot).containsExactly(2, 1, 1);
    }

    @Test
    void measuresTheWaitFromHandoffToAnAgentJoining() {
        AnalyticsReport.Waits waits = analytics.report(30).waits();

        assertThat(waits.joined()).isEqualTo(1);
        assertThat(waits.waiting()).isEqualTo(1);
        assertThat(waits.abandoned()).isZero();
        assertThat(waits.medianSeconds()).isEqualTo(90);
        assertThat(waits.buckets()).containsExactly(0, 1, 0, 0, 0, 0);
    }

    @Test
    void averagesTheMoodAtHandoffAndAtClose() {
        AnalyticsReport r = analytics.report(30);

        assertThat(r.atHandoff().turns()).isEqualTo(2);
        assertThat(r.atHandoff().sentiment()).isCloseTo((-0.8 - 0.4) / 2, within(1e-9));
        assertThat(r.atHandoff().intensities().get(Emotion.ANGER)).isCloseTo(0.45, within(1e-9));
        assertThat(r.atClose().turns()).isEqualTo(2);
        assertThat(r.atClose().sentiment()).isCloseTo((0.6 + 0.4) / 2, within(1e-9));
    }

    @Test
    void splitsSatisfactionByWhetherAPersonHelped() {
        AnalyticsReport.Satisfaction s = analytics.report(30).satisfaction();

        assertThat(s.answers()).isEqualTo(2);
        assertThat(s.average()).isEqualTo(4.0);
        assertThat(s.byRating()).containsExactly(0, 0, 1, 0, 1);
        assertThat(s.botOnly()).isEqualTo(5.0);
        assertThat(s.withAgent()).isEqualTo(3.0);
        assertThat(s.botOnlyAnswers()).isEqualTo(1);
        assertThat(s.withAgentAnswers()).isEqualTo(1);
    }
}
