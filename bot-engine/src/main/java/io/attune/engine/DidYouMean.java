package io.attune.engine;

import io.attune.engine.RoutineKnowledge.Choice;
import java.util.List;
import java.util.Set;

/**
 * When the bot is not sure enough to answer, the intents worth offering as "Did you mean ...?" choices:
 * the best one when its probability reaches {@value #OFFER_FROM}, with up to {@value #MOST} - 1 more whose
 * probability is at least {@value #NEAR} of the best's. Social intents are never offered (the bot
 * answers those without asking). Chosen on eval/shop-questions/tune.tsv held out (docs/quality-questions.md).
 */
public final class DidYouMean {

    public static final double OFFER_FROM = 0.15;
    public static final double NEAR = 0.25;
    public static final int MOST = 3;
    private static final Set<String> NEVER = Set.of("greeting", "thanks");

    private DidYouMean() {
    }

    /** The choices to offer for a message the bot is not sure of; empty when nothing comes close. */
    public static List<Choice> choices(RoutineKnowledge knowledge, String text) {
        List<Choice> likely = knowledge.likely(text, MOST + NEVER.size()).stream()
                .filter(c -> !NEVER.contains(c.intent())).toList();
        if (likely.isEmpty() || likely.get(0).confidence() < OFFER_FROM) {
            return List.of();
        }
        double near = likely.get(0).confidence() * NEAR;
        return likely.stream().filter(c -> c.confidence() >= near).limit(MOST).toList();
    }
}
