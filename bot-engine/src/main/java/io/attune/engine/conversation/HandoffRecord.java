package io.attune.engine.conversation;

import io.attune.engine.handoff.HandoffDecision;
import java.time.Instant;

/**
 * When and why a conversation was handed to a person.
 *
 * @param atSeq    the customer turn that triggered it
 * @param joinedAt when an agent took it; null while it waits
 */
public record HandoffRecord(HandoffDecision decision, long atSeq, Instant at, Instant joinedAt) {

    public HandoffRecord joined(Instant when) {
        return new HandoffRecord(decision, atSeq, at, when);
    }
}
