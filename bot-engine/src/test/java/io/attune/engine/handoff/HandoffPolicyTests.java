package io.attune.engine.handoff;

import static io.attune.engine.Readings.calm;
import static io.attune.engine.Readings.feeling;
import static org.assertj.core.api.Assertions.assertThat;

import io.attune.engine.Readings;
import io.attune.engine.emotion.Cue;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.handoff.HandoffDecision.Verdict;
import io.attune.engine.handoff.HandoffReason.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandoffPolicyTests {

    private final HandoffPolicy policy = new HandoffPolicy();
    private final HandoffThresholds defaults = HandoffThresholds.defaults();
    /** The rules on single turns and runs alone, without the build-up that would also act on their strong turns. */
    private final HandoffThresholds runsOnly = defaults.withoutBuildUp();

    private static PolicyTurn understood(io.attune.engine.emotion.EmotionReading r) {
        return new PolicyTurn(r, true);
    }

    @Test
    void handsOffWhenAngerStaysAboveItsThresholdOnTwoConsecutiveTurns() {
        HandoffDecision d = policy.decide(List.of(understood(calm()),
                understood(feeling(Emotion.ANGER, 0.75, -0.6)), understood(feeling(Emotion.ANGER, 0.82, -0.7))), defaults);

        assertThat(d.verdict()).isEqualTo(Verdict.HAND_OFF);
        assertThat(d.explanation()).contains("anger >= 0.70 and staying high on 2 consecutive turns (0.75, 0.82)");
    }

    @Test
    void anAngryCustomerWhoCalmsOnlyALittleIsStillAngry() {
        HandoffDecision d = policy.decide(List.of(understood(feeling(Emotion.ANGER, 0.96, -0.5)),
                understood(feeling(Emotion.ANGER, 0.62, -0.8))), defaults);

        assertThat(d.verdict()).isEqualTo(Verdict.HAND_OFF);
        assertThat(d.explanation()).contains("anger >= 0.70 and staying high on 2 consecutive turns (0.96, 0.62)");
    }

    @Test
    void oneAngrySpikeFollowedByCalmIsNotARun() {
        HandoffDecision d = policy.decide(List.of(understood(feeling(Emotion.ANGER, 0.96, -0.5)), understood(calm())),
                runsOnly);

        assertThat(d.verdict()).isEqualTo(Verdict.STAY);
    }

    @Test
    void withoutTheBuildUpOneAngryTurnOffersAPersonInsteadOfHandingOver() {
        HandoffDecision d = policy.decide(List.of(understood(calm()), understood(feeling(Emotion.ANGER, 0.8, -0.3))), runsOnly);

        assertThat(d.verdict()).isEqualTo(Verdict.OFFER_PERSON);
        assertThat(d.explanation()).contains("anger 0.80 rising toward 0.70");
    }

    @Test
    void handsOffAtOnceWhenTheCustomerAsksForAPerson() {
        HandoffDecision d = policy.decide(List.of(understood(Readings.of(0.2, Map.of(), Cue.ASKED_FOR_PERSON))), defaults);

        assertThat(d.verdict()).isEqualTo(Verdict.HAND_OFF);
        assertThat(d.reasons()).extracting(HandoffReason::kind).containsExactly(Kind.ASKED_FOR_PERSON);
    }

    @Test
    void anAdminCanTurnOffTheExplicitAsk() {
        HandoffThresholds noAsk = new HandoffThresholds(0.7, 0.75, 0.75, 0.8, 2, -0.5, 3, -0.35, 3, false, true, 0.75, 5.0, 0.0, 0.9); // build-up off

        assertThat(policy.decide(List.of(understood(Readings.of(0.2, Map.of(), Cue.ASKED_FOR_PERSON))), noAsk).verdict())
                .isEqualTo(Verdict.STAY);
    }

    @Test
    void handsOffWhenTheCustomerThreatensToLeave() {
        HandoffDecision d = policy.decide(List.of(understood(Readings.of(-0.3, Map.of(), Cue.THREAT_TO_LEAVE))), defaults);

        assertThat(d.explanation()).isEqualTo("threatened to leave or cancel");
    }

    @Test
    void handsOffAfterFourAnswersInARowNotUnderstoodAndOffersAPersonAfterThree() {
        PolicyTurn lost = new PolicyTurn(calm(), false);

        assertThat(policy.decide(List.of(lost, lost, lost), defaults).verdict()).isEqualTo(Verdict.OFFER_PERSON);
        HandoffDecision fourth = policy.decide(List.of(lost, lost, lost, lost), defaults);
        assertThat(fourth.verdict()).isEqualTo(Verdict.HAND_OFF);
        assertThat(fourth.explanation()).isEqualTo("4 answers not understood");
    }

    @Test
    void anUnderstoodAnswerResetsTheFailureCount() {
        PolicyTurn lost = new PolicyTurn(calm(), false);

        assertThat(policy.decide(List.of(lost, lost, understood(calm()), lost), defaults).verdict()).isEqualTo(Verdict.STAY);
    }

    @Test
    void handsOffAfterThreeNegativeTurnsInARow() {
        PolicyTurn sour = understood(Readings.of(-0.6, Map.of(Emotion.NEUTRAL, 0.5)));

        HandoffDecision d = policy.decide(List.of(sour, sour, sour), defaults);

        assertThat(d.reasons()).extracting(HandoffReason::kind).contains(Kind.NEGATIVE_SENTIMENT);
        assertThat(d.explanation()).contains("sentiment <= -0.50 on 3 consecutive turns");
    }

    @Test
    void handsOffWhenTheMoodFallsFastIntoNegative() {
        HandoffDecision d = policy.decide(List.of(understood(Readings.of(0.4, Map.of())),
                understood(Readings.of(0.0, Map.of())), understood(Readings.of(-0.9, Map.of()))), defaults);

        assertThat(d.reasons()).extracting(HandoffReason::kind).contains(Kind.FALLING_TREND);
    }

    @Test
    void staysWithPoliteRoutineChat() {
        List<PolicyTurn> polite = List.of(understood(calm()), understood(feeling(Emotion.GRATITUDE, 0.9, 0.8)),
                understood(Readings.of(0.3, Map.of(Emotion.NEUTRAL, 0.7))), understood(feeling(Emotion.JOY, 0.6, 0.7)));

        assertThat(policy.decide(polite, defaults)).isEqualTo(HandoffDecision.stay());
        assertThat(policy.firstHandoff(polite, defaults)).isEmpty();
    }

    @Test
    void replayFindsTheFirstHandoffTurnAndRaisingTheThresholdMovesItLaterOrAway() {
        List<PolicyTurn> rising = List.of(understood(calm()), understood(feeling(Emotion.FRUSTRATION, 0.78, -0.2)),
                understood(feeling(Emotion.FRUSTRATION, 0.8, -0.3)), understood(feeling(Emotion.FRUSTRATION, 0.9, -0.3)),
                understood(feeling(Emotion.FRUSTRATION, 0.92, -0.4)));
        HandoffThresholds stricter = new HandoffThresholds(0.7, 0.85, 0.75, 0.8, 2, -0.5, 3, -0.35, 3, true, true, 0.75, 5.0, 0.0, 0.9); // build-up off
        HandoffThresholds strictest = new HandoffThresholds(0.7, 0.95, 0.75, 0.8, 2, -0.5, 3, -0.35, 3, true, true, 0.75, 5.0, 0.0, 0.9); // build-up off

        assertThat(policy.firstHandoff(rising, runsOnly)).hasValue(2);
        assertThat(policy.firstHandoff(rising, stricter)).hasValue(4);
        assertThat(policy.firstHandoff(rising, strictest)).isEmpty();
    }

    @Test
    void thresholdsOutOfRangeAreRefusedWithEveryProblemNamed() {
        List<String> problems = HandoffThresholds.problems(1.5, 0.7, 0.7, 0.7, 0, -0.5, 3, -0.3, 3, 0.5, 0.3, 0.7, 0.45);

        assertThat(problems).containsExactly("anger must be between 0.05 and 1", "emotion turns must be between 1 and 10");
    }

    @Test
    void moderatelyFrustratedTurnsNoneOverAThresholdAddUpToAHandoverNamingThem() {
        PolicyTurn annoyed = understood(feeling(Emotion.FRUSTRATION, 0.64, -0.3));

        assertThat(policy.firstHandoff(List.of(annoyed, annoyed, annoyed, annoyed), runsOnly)).isEmpty();
        assertThat(policy.decide(List.of(annoyed, annoyed), defaults).reasons()).extracting(HandoffReason::text)
                .contains("anger and frustration building: 0.57, rising toward 0.60");
        HandoffDecision third = policy.decide(List.of(annoyed, annoyed, annoyed), defaults);

        assertThat(third.verdict()).isEqualTo(Verdict.HAND_OFF);
        assertThat(third.reasons()).extracting(HandoffReason::kind).containsExactly(Kind.BUILDING_FRUSTRATION);
        assertThat(third.explanation()).isEqualTo(
                "anger and frustration built up to 0.61 >= 0.60 over customer turns 1, 2, 3 (upset 0.64, 0.64, 0.64)");
    }

    @Test
    void oneFuriousTurnHandsOverAtOnceThroughTheBuildUp() {
        HandoffDecision d = policy.decide(List.of(understood(calm()), understood(feeling(Emotion.ANGER, 0.93, -0.6))), defaults);

        assertThat(d.verdict()).isEqualTo(Verdict.HAND_OFF);
        assertThat(d.explanation()).isEqualTo("anger and frustration high at once: build-up 0.73 >= 0.60 from customer turn 2 (upset 0.93)");
    }

    @Test
    void calmTurnsBetweenAnnoyedOnesLetTheBuildUpFade() {
        PolicyTurn annoyed = understood(feeling(Emotion.FRUSTRATION, 0.64, -0.3));
        List<PolicyTurn> turns = List.of(annoyed, annoyed, understood(calm()), understood(calm()), understood(calm()),
                annoyed);

        assertThat(policy.firstHandoff(List.of(annoyed, annoyed, annoyed), defaults)).hasValue(2);
        assertThat(policy.firstHandoff(turns, defaults)).isEmpty();
        assertThat(FrustrationBuildUp.of(List.of(calm(), calm(), calm()), 0.7, 0.45).level()).isZero();
    }

    @Test
    void theBuildUpNamesOnlyTheTurnsThatStillWeighInIt() {
        List<io.attune.engine.emotion.EmotionReading> readings = new java.util.ArrayList<>();
        readings.add(feeling(Emotion.ANGER, 0.9, -0.5));
        readings.addAll(java.util.Collections.nCopies(11, calm()));
        readings.add(feeling(Emotion.FRUSTRATION, 0.7, -0.3));

        FrustrationBuildUp b = FrustrationBuildUp.of(readings, 0.7, 0.45);

        assertThat(b.built()).extracting(FrustrationBuildUp.Contribution::turn).containsExactly(13);
        assertThat(b.level()).isBetween(0.25, 0.27);
    }

    @Test
    void buildUpSettingsOutOfRangeAreRefused() {
        assertThat(HandoffThresholds.problems(0.7, 0.75, 0.75, 0.8, 2, -0.5, 3, -0.35, 4, 0.75, 0.0, 1.5, 0.95))
                .containsExactly("build-up must be between 0.1 and 5", "build-up decay must be between 0 and 1",
                        "build-up floor must be between 0 and 0.9");
    }
}
