package io.attune.admin.whatif;

import io.attune.admin.whatif.WhatIfResult.GroundTruth;
import io.attune.admin.whatif.WhatIfResult.Replay;
import io.attune.engine.handoff.HandoffReason;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts the handoffs of one set of thresholds over a replay. Not thread-safe: one per replay and thresholds. */
final class Tally {

    /** Turns 1..9 each get a bar; the tenth bar holds turn 10 and later. */
    static final int TURN_BUCKETS = 10;

    private final int[] byTurn = new int[TURN_BUCKETS];
    private final Map<HandoffReason.Kind, Integer> byReason = new EnumMap<>(HandoffReason.Kind.class);
    private int handoffs;
    private int needed;
    private int caught;
    private int unneeded;
    private int falseAlarms;

    /** Adds one conversation: {@code turn} is the 0-based customer turn of its handoff, -1 for none. */
    void add(int turn, List<HandoffReason> reasons, Boolean handoffNeeded) {
        boolean handedOff = turn >= 0;
        if (handedOff) {
            handoffs++;
            byTurn[Math.min(turn, TURN_BUCKETS - 1)]++;
            reasons.stream().map(HandoffReason::kind).distinct().forEach(k -> byReason.merge(k, 1, Integer::sum));
        }
        if (Boolean.TRUE.equals(handoffNeeded)) {
            needed++;
            caught += handedOff ? 1 : 0;
        } else if (Boolean.FALSE.equals(handoffNeeded)) {
            unneeded++;
            falseAlarms += handedOff ? 1 : 0;
        }
    }

    int handoffs() {
        return handoffs;
    }

    Replay toReplay(int conversations) {
        double rate = conversations == 0 ? 0 : (double) handoffs / conversations;
        return new Replay(handoffs, rate, Arrays.stream(byTurn).boxed().toList(), Map.copyOf(byReason),
                new GroundTruth(needed, caught, unneeded, falseAlarms));
    }
}
