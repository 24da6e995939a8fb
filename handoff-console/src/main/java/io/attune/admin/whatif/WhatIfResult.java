package io.attune.admin.whatif;

import io.attune.engine.handoff.HandoffReason;
import java.util.List;
import java.util.Map;

/**
 * What the candidate thresholds would have done to the stored conversations, against the thresholds in
 * force, both replayed with the engine's own policy.
 *
 * @param conversations      conversations replayed (those with at least one customer turn)
 * @param current            the thresholds in force, replayed
 * @param candidate          the candidate thresholds, replayed
 * @param extraHandoffs      candidate minus current handoffs: the extra (negative: reduced) agent load
 * @param newlyHandedOff     conversations the candidate hands over and the current ones do not
 * @param noLongerHandedOff  conversations the current thresholds hand over and the candidate does not
 * @param handedOver         the conversations the candidate hands over (the first {@code listLimit})
 * @param elapsedMillis      how long the replay took
 * @param curve              the trade-off: the candidate replayed at each build-up level, from quickest to off
 */
public record WhatIfResult(int conversations, Replay current, Replay candidate, int extraHandoffs, int newlyHandedOff,
                           int noLongerHandedOff, List<HandedOver> handedOver, long elapsedMillis,
                           List<CurvePoint> curve) {

    public WhatIfResult {
        handedOver = List.copyOf(handedOver);
        curve = curve == null ? List.of() : List.copyOf(curve); // runs stored before the curve have none
    }

    /**
     * The candidate at one build-up level: how many it hands over and, against agents' marks, how many of the
     * conversations needing a person it catches and how many not needing one it hands over anyway.
     */
    public record CurvePoint(double buildUp, int handoffs, GroundTruth truth) {
    }

    /**
     * One set of thresholds replayed.
     *
     * @param handoffs     conversations it hands over
     * @param rate         handoffs / conversations, 0 when there are none
     * @param byTurn       handoffs by the 1-based customer turn they happen at; the last bucket holds that turn and later
     * @param byReason     handoffs by each reason present at the moment of handoff
     * @param truth        against what agents marked
     */
    public record Replay(int handoffs, double rate, List<Integer> byTurn, Map<HandoffReason.Kind, Integer> byReason,
                         GroundTruth truth) {
    }

    /**
     * Against the ground truth (handoffNeeded as marked by agents and admins).
     *
     * @param needed      conversations marked as needing a person
     * @param caught      of those, how many these thresholds hand over
     * @param unneeded    conversations marked as not needing a person
     * @param falseAlarms of those, how many these thresholds hand over anyway
     */
    public record GroundTruth(int needed, int caught, int unneeded, int falseAlarms) {
    }

    /**
     * A conversation the candidate hands over.
     *
     * @param turn      the 1-based customer turn it happens at
     * @param reasons   the policy's reasons at that turn
     * @param change    NEW if the current thresholds did not hand it over, or at which turn they did: EARLIER/LATER/SAME
     */
    public record HandedOver(String conversationId, String customerName, int turn, String reasons, Boolean needed,
                             Change change) {
    }

    /** How a handoff under the candidate compares with the current thresholds. */
    public enum Change { NEW, EARLIER, SAME, LATER }
}
