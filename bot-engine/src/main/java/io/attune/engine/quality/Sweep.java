package io.attune.engine.quality;

import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.handoff.HandoffDecision.Verdict;
import io.attune.engine.handoff.HandoffPolicy;
import io.attune.engine.handoff.HandoffThresholds;
import io.attune.engine.handoff.PolicyTurn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Replays the tune chats under a grid of settings and prints the trade-off: conversations needing a person
 * handed over by the labelled turn against calm ones handed over. The chats are played once through the
 * engine with thresholds that never hand over; the stored customer turns (readings and whether the bot
 * understood) are then replayed through {@link HandoffPolicy}, as the admin's what-if does. Up to the
 * first handover a conversation's turns do not depend on the thresholds, so the replay is exact.
 */
final class Sweep {

    /** Thresholds no conversation in the set reaches: the engine only reads and stores. */
    static final HandoffThresholds NEVER = new HandoffThresholds(1.0, 1.0, 1.0, 1.0, 10, -1.0, 20, -2.0, 20,
            false, false, 1.0, 5.0, 0.0, 0.9);

    private static final double[] LEVELS = {0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0, 1.2, 1.4};
    private static final double[] DECAYS = {0.0, 0.3, 0.5, 0.7, 0.85, 1.0};
    private static final double[] FLOORS = {0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55};
    private static final int[] BOT_FAILURES = {3, 4};
    private static final int[] EMOTION_TURNS = {1, 2};

    /** One conversation's stored customer turns with its labels. */
    record Replayed(ChatEvaluation.Chat chat, List<PolicyTurn> turns) {
    }

    /** What one setting does to the set. */
    record Outcome(HandoffThresholds thresholds, int byTurn, int orOffered, int needing, int falseHandoffs, int calm) {

        double recall() {
            return (double) byTurn / needing;
        }

        String row(String what) {
            HandoffThresholds t = thresholds;
            return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %d | %d | %s | %s | %s |", what, t.buildUp(),
                    t.buildUpDecay(), t.buildUpFloor(), t.botFailures(), t.emotionTurns(), share(byTurn, needing),
                    share(orOffered, needing), share(falseHandoffs, calm));
        }
    }

    private final ConversationEngine engine;
    private final HandoffPolicy policy = new HandoffPolicy();

    Sweep(ConversationEngine neverHandsOver) {
        this.engine = neverHandsOver;
    }

    /** The markdown table of the sweep on these chats, with the given defaults marked. */
    String run(List<ChatEvaluation.Chat> chats, HandoffThresholds defaults) {
        List<Replayed> replayed = chats.stream().map(this::replayed).toList();
        List<Outcome> all = new ArrayList<>();
        for (double level : LEVELS) {
            for (double decay : DECAYS) {
                for (double floor : FLOORS) {
                    for (int failures : BOT_FAILURES) {
                        for (int turns : EMOTION_TURNS) {
                            all.add(outcome(replayed, with(defaults, failures, turns).withBuildUp(level, decay, floor)));
                        }
                    }
                }
            }
        }
        // for each number of calm conversations handed over, the setting that hands over the most that need a person
        Map<Integer, Outcome> front = new TreeMap<>();
        Comparator<Outcome> better = Comparator.comparingInt(Outcome::byTurn).thenComparingInt(Outcome::orOffered);
        for (Outcome o : all) {
            front.merge(o.falseHandoffs(), o, (a, b) -> better.compare(b, a) > 0 ? b : a);
        }
        StringBuilder md = new StringBuilder("## Build-up sweep on the tune part\n\n"
                + "Written by `ChatEvaluation ... sweep`: " + all.size() + " settings (build-up level x decay x floor x "
                + "bot failures x emotion turns; the other thresholds as in the defaults) replayed over the tune chats' (tune, tune-extra and tune-voices) "
                + "stored turns. Per number of calm conversations handed over, the setting that hands over the most "
                + "conversations needing a person by the labelled turn.\n\n"
                + "| setting | build-up | decay | floor | bot failures | emotion turns | needing a person, by the labelled turn "
                + "| ... or offered | calm, handed over |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        md.append(outcome(replayed, with(defaults, 3, defaults.emotionTurns()).withoutBuildUp())
                .row("before issue 10: no build-up, 3 bot failures")).append('\n');
        md.append(outcome(replayed, defaults.withoutBuildUp()).row("defaults without the build-up")).append('\n');
        md.append(outcome(replayed, defaults).row("**defaults**")).append('\n');
        front.values().stream().filter(o -> o.byTurn() > 0)
                .forEach(o -> md.append(o.row("best at " + o.falseHandoffs() + " calm handed over")).append('\n'));
        return md.toString();
    }

    private Replayed replayed(ChatEvaluation.Chat chat) {
        ConversationId id = engine.open(null).id();
        for (int i = 0; i < chat.turns().size(); i++) {
            engine.customerSays(id, chat.id() + "-" + i, chat.turns().get(i).text());
        }
        return new Replayed(chat, engine.find(id).orElseThrow().policyTurns());
    }

    private Outcome outcome(List<Replayed> replayed, HandoffThresholds t) {
        int byTurn = 0;
        int orOffered = 0;
        int needing = 0;
        int falseHandoffs = 0;
        int calm = 0;
        for (Replayed r : replayed) {
            int handoff = policy.firstHandoff(r.turns(), t).orElse(-1);
            if (!r.chat().needsPerson()) {
                calm++;
                falseHandoffs += handoff >= 0 ? 1 : 0;
                continue;
            }
            needing++;
            int by = r.chat().byTurn();
            boolean handedOver = handoff >= 0 && handoff < by;
            boolean offered = false;
            for (int i = 0; i < Math.min(by, r.turns().size()) && !handedOver && !offered; i++) {
                offered = policy.decide(r.turns().subList(0, i + 1), t).verdict() == Verdict.OFFER_PERSON;
            }
            byTurn += handedOver ? 1 : 0;
            orOffered += handedOver || offered ? 1 : 0;
        }
        return new Outcome(t, byTurn, orOffered, needing, falseHandoffs, calm);
    }

    private static HandoffThresholds with(HandoffThresholds t, int botFailures, int emotionTurns) {
        return new HandoffThresholds(t.anger(), t.frustration(), t.anxiety(), t.sadness(), emotionTurns,
                t.negativeSentiment(), t.consecutiveNegativeTurns(), t.trendSlope(), botFailures, t.explicitAsk(),
                t.threatToLeave(), t.offerPersonAt(), t.buildUp(), t.buildUpDecay(), t.buildUpFloor());
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.0f%% (%d of %d)", 100.0 * part / whole, part, whole);
    }
}
