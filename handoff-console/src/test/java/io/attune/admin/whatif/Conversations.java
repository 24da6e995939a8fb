package io.attune.admin.whatif;

import io.attune.admin.SeededConversations;
import io.attune.admin.SeededConversations.Seed;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.Turn;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.handoff.PolicyTurn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Builds varied customer turns for what-if tests and the benchmark, reproducibly from a seed. */
public final class Conversations {

    private Conversations() {
    }

    static EmotionReading angry(double anger, double sentiment) {
        return new EmotionReading(sentiment, List.of(0.0, 0.0, 1.0, 0.0, 0.0),
                Map.of(Emotion.ANGER, anger, Emotion.NEUTRAL, 1 - anger), Set.of());
    }

    /** Customer turns with anger, frustration, sentiment and misunderstandings spread over their ranges. */
    public static List<PolicyTurn> varied(Random random) {
        int turns = 1 + random.nextInt(8);
        List<PolicyTurn> list = new ArrayList<>();
        double mood = random.nextDouble() * 1.2 - 0.6;
        for (int i = 0; i < turns; i++) {
            mood = Math.max(-1, Math.min(1, mood + random.nextGaussian() * 0.25));
            double anger = Math.max(0, Math.min(1, -mood * 0.9 + random.nextDouble() * 0.3));
            double frustration = Math.max(0, Math.min(1, -mood * 0.7 + random.nextDouble() * 0.4));
            EmotionReading reading = new EmotionReading(mood, List.of(0.1, 0.2, 0.4, 0.2, 0.1),
                    Map.of(Emotion.ANGER, anger, Emotion.FRUSTRATION, frustration), Set.of());
            list.add(new PolicyTurn(reading, random.nextDouble() > 0.15));
        }
        return list;
    }

    /**
     * {@code count} conversations to store, each a bot turn before every one of {@link #varied} customer turns;
     * conversation 0, 4, 8… is marked as needing a person, 1, 5, 9… as not, the others are not marked.
     */
    public static List<Seed> seeds(int count, Random random) {
        Instant start = Instant.parse("2026-11-20T10:00:00Z");
        List<Seed> seeds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Boolean needed = i % 4 == 0 ? Boolean.TRUE : i % 4 == 1 ? Boolean.FALSE : null;
            ConversationSnapshot snapshot = ConversationSnapshot.started(ConversationId.newId(), "Customer " + i, start)
                    .withHandoffNeeded(needed);
            List<Turn> turns = new ArrayList<>();
            for (PolicyTurn p : varied(random)) {
                turns.add(SeededConversations.bot(turns.size() + 1, start));
                turns.add(SeededConversations.customer(turns.size() + 1, start, p.reading(),
                        p.understood() ? "track_order" : PolicyTurn.NOT_UNDERSTOOD));
            }
            seeds.add(new Seed(snapshot, turns));
        }
        return seeds;
    }
}
