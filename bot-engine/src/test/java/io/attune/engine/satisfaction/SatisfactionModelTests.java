package io.attune.engine.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.attune.engine.conversation.ClosedBy;
import io.attune.engine.satisfaction.LogisticFit.Example;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SatisfactionModelTests {

    private final SatisfactionModel shipped = SatisfactionModel.shipped();

    private static ConversationArc handedOver(List<Double> upsets, boolean joined, int waitMinutes, ClosedBy by) {
        return ConversationArc.of(upsets, true, joined, Duration.ofMinutes(waitMinutes), 0, by);
    }

    private double dissatisfied(ConversationArc arc) {
        return shipped.predict(arc).dissatisfied();
    }

    @Test
    void aConversationThatEndsCalmerScoresMoreSatisfiedThanOneThatEndsAngrier() {
        ConversationArc calmer = handedOver(List.of(0.3, 0.9, 0.2), true, 2, ClosedBy.CUSTOMER);
        ConversationArc angrier = handedOver(List.of(0.3, 0.9, 0.8), true, 2, ClosedBy.CUSTOMER);

        assertThat(dissatisfied(calmer)).isLessThan(dissatisfied(angrier));
    }

    @Test
    void nobodyJoiningAfterALongWaitScoresWorseThanAQuickJoin() {
        ConversationArc quick = handedOver(List.of(0.5, 0.5), true, 1, ClosedBy.CUSTOMER);
        ConversationArc leftWaiting = handedOver(List.of(0.5, 0.5), false, 25, ClosedBy.INACTIVITY);

        assertThat(dissatisfied(leftWaiting)).isGreaterThan(dissatisfied(quick));
    }

    @Test
    void theBotFailingAgainAndAgainScoresWorseThanAnAnsweredQuestion() {
        ConversationArc answered = ConversationArc.of(List.of(0.1, 0.1), false, false, Duration.ZERO, 0, ClosedBy.CUSTOMER);
        ConversationArc failed = ConversationArc.of(List.of(0.1, 0.1), false, false, Duration.ZERO, 3, ClosedBy.CUSTOMER);

        assertThat(dissatisfied(failed)).isGreaterThan(dissatisfied(answered));
        assertThat(dissatisfied(answered)).isLessThan(0.5);
    }

    @Test
    void explainsAPredictionByTheFeaturesThatMovedItMost() {
        ConversationArc angryEnd = handedOver(List.of(0.2, 0.95), false, 30, ClosedBy.INACTIVITY);

        var strongest = shipped.predict(angryEnd).strongest(3);

        assertThat(strongest).hasSize(3);
        assertThat(strongest).allSatisfy(c -> assertThat(c.effect()).isPositive());
        assertThat(Math.abs(strongest.get(0).effect())).isGreaterThanOrEqualTo(Math.abs(strongest.get(2).effect()));
    }

    @Test
    void theFitLearnsThatEndingUpsetMeansDissatisfied() {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            double noise = i / 100.0;
            examples.add(new Example(ConversationArc.of(List.of(0.2, 0.8 + noise), false, false, Duration.ZERO, 0,
                    ClosedBy.CUSTOMER), i % 5 != 0));
            examples.add(new Example(ConversationArc.of(List.of(0.2, 0.1 + noise), false, false, Duration.ZERO, 0,
                    ClosedBy.CUSTOMER), i % 5 == 0));
        }

        SatisfactionModel fitted = LogisticFit.fit(examples, 1.0);

        assertThat(fitted.weights().get(Feature.LAST_UPSET)).isPositive();
        assertThat(fitted.predict(examples.get(0).arc()).dissatisfied())
                .isGreaterThan(fitted.predict(examples.get(1).arc()).dissatisfied());
    }

    @Test
    void refusesToFitOnNothing() {
        assertThatThrownBy(() -> LogisticFit.fit(List.of(), 1.0)).hasMessageContaining("no labelled conversations");
    }

    @Test
    void aModelWithoutWeightsPredictsItsInterceptAlone() {
        SatisfactionModel flat = new SatisfactionModel(0, Map.of());

        assertThat(flat.predict(handedOver(List.of(0.9), true, 5, ClosedBy.AGENT)).dissatisfied()).isEqualTo(0.5);
    }
}
