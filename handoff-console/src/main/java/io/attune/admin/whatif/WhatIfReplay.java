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
    private final List<HandedOver> handedOver = new ArrayList<>();
    private int conversations;
    private int newlyHandedOff;
    private int noLongerHandedOff;

    WhatIfReplay(HandoffPolicy policy, HandoffThresholds current, HandoffThresholds candidate, int listLimit) {
        this.policy = policy;
        this.current = current;
        this.candidate = candidate;
        this.listLimit = listLimit;
    }

    /** Replays one conversation under both sets of thresholds. Pure and thread-safe: batches run in parallel. */
    Outcome replay(StoredConversation conversation) {
        List<PolicyTurn> turns = conversation.customerTurns();
        int now = first(turns, current);
        int then = first(turns, candidate);
        return new Outcome(conversation, now, reasons(turns, now, current), then, reasons(turns, then, candidate));
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
                newlyHandedOff, noLongerHandedOff, handedOver, elapsedMillis);
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
                   List<HandoffReason> thenReasons) {
    }
}
