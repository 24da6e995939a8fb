package io.attune.admin.whatif;

import io.attune.admin.whatif.WhatIfResult.Change;
import io.attune.admin.whatif.WhatIfResult.HandedOver;
import io.attune.engine.handoff.HandoffPolicy;
import io.attune.engine.handoff.HandoffReason;
import io.attune.engine.handoff.HandoffThresholds;
import io.attune.engine.handoff.PolicyTurn;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Replays conversations one by one under the current and the candidate thresholds with the engine's own
 * {@link HandoffPolicy}, and adds up what each would have done. Not thread-safe: one per what-if run.
 */
final class WhatIfReplay {

    private final HandoffPolicy policy;
    private final HandoffThresholds current;
    private final HandoffThresholds candidate;
    private final int listLimit;
    private final Tally currentTally = new Tally();
    private final Tally candidateTally = new Tally();
    /** The candidate with each build-up level of {@link #CURVE_LEVELS}: the trade-off curve. */
    private final List<HandoffThresholds> curve;
    private final List<Tally> curveTallies;
    private final List<HandedOver> handedOver = new ArrayList<>();
    private int conversations;
    private int newlyHandedOff;
    private int noLongerHandedOff;

    WhatIfReplay(HandoffPolicy policy, HandoffThresholds current, HandoffThresholds candidate, int listLimit) {
        this.policy = policy;
        this.current = current;
        this.candidate = candidate;
        this.listLimit = listLimit;
        this.curve = CURVE_LEVELS.stream()
                .map(level -> candidate.withBuildUp(level, candidate.buildUpDecay(), candidate.buildUpFloor())).toList();
        this.curveTallies = curve.stream().map(t -> new Tally()).toList();
    }

    /**
     * The build-up levels the trade-off curve is drawn at, everything else as in the candidate: the lower the
     * level, the sooner frustration that builds up hands over, and the more calm conversations go too. 5 is off.
     */
    static final List<Double> CURVE_LEVELS = List.of(0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0, 1.2, 1.5, 2.0, 5.0);

    /** Replays one conversation under both sets of thresholds. Pure and thread-safe: batches run in parallel. */
    Outcome replay(StoredConversation conversation) {
        List<PolicyTurn> turns = conversation.customerTurns();
        int now = first(turns, current);
        int then = first(turns, candidate);
        int[] onCurve = curve.stream().mapToInt(t -> first(turns, t)).toArray();
        return new Outcome(conversation, now, reasons(turns, now, current), then, reasons(turns, then, candidate),
                onCurve);
    }

    /** Adds one conversation's outcome to the counts; call in conversation order, from one thread. */
    void record(Outcome o) {
        StoredConversation conversation = o.conversation();
        if (conversation.customerTurns().isEmpty()) {
            return;
        }
        conversations++;
        int now = o.now();
        int then = o.then();
        currentTally.add(now, o.nowReasons(), conversation.handoffNeeded());
        candidateTally.add(then, o.thenReasons(), conversation.handoffNeeded());
        for (int i = 0; i < curveTallies.size(); i++) {
            curveTallies.get(i).add(o.onCurve()[i], List.of(), conversation.handoffNeeded());
        }
        if (then >= 0 && now < 0) {
            newlyHandedOff++;
        } else if (then < 0 && now >= 0) {
            noLongerHandedOff++;
        }
        if (then >= 0 && handedOver.size() < listLimit) {
            handedOver.add(new HandedOver(conversation.id(), conversation.customerName(), then + 1,
                    String.join("; ", o.thenReasons().stream().map(HandoffReason::text).toList()),
                    conversation.handoffNeeded(), change(now, then)));
        }
    }

    void add(StoredConversation conversation) {
        record(replay(conversation));
    }

    WhatIfResult result(long elapsedMillis) {
        return new WhatIfResult(conversations, currentTally.toReplay(conversations),
                candidateTally.toReplay(conversations), candidateTally.handoffs() - currentTally.handoffs(),
                newlyHandedOff, noLongerHandedOff, handedOver, elapsedMillis, curvePoints());
    }

    private List<WhatIfResult.CurvePoint> curvePoints() {
        List<WhatIfResult.CurvePoint> points = new ArrayList<>();
        for (int i = 0; i < curve.size(); i++) {
            Tally t = curveTallies.get(i);
            points.add(new WhatIfResult.CurvePoint(CURVE_LEVELS.get(i), t.handoffs(),
                    t.toReplay(conversations).truth()));
        }
        return points;
    }

    private int first(List<PolicyTurn> turns, HandoffThresholds t) {
        OptionalInt at = policy.firstHandoff(turns, t);
        return at.isPresent() ? at.getAsInt() : -1;
    }

    private List<HandoffReason> reasons(List<PolicyTurn> turns, int at, HandoffThresholds t) {
        return at < 0 ? List.of() : policy.decide(turns.subList(0, at + 1), t).reasons();
    }

    private static Change change(int now, int then) {
        if (now < 0) {
            return Change.NEW;
        }
        return then < now ? Change.EARLIER : then == now ? Change.SAME : Change.LATER;
    }

    /** Where each set of thresholds first hands over (0-based customer turn, -1 for never) and why. */
    record Outcome(StoredConversation conversation, int now, List<HandoffReason> nowReasons, int then,
                   List<HandoffReason> thenReasons, int[] onCurve) {
    }
}
