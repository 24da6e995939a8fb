package io.attune.engine.handoff;

import java.util.List;

/** The policy's verdict on a conversation after a customer turn, with its reasons. */
public record HandoffDecision(Verdict verdict, List<HandoffReason> reasons) {

    public enum Verdict {
        /** Nothing calls for a person. */
        STAY,
        /** A signal is rising but has not crossed its threshold: offer a person. */
        OFFER_PERSON,
        /** Hand over to a person now. */
        HAND_OFF
    }

    public HandoffDecision {
        reasons = List.copyOf(reasons);
    }

    public static HandoffDecision stay() {
        return new HandoffDecision(Verdict.STAY, List.of());
    }

    public boolean handOff() {
        return verdict == Verdict.HAND_OFF;
    }

    /** The reasons joined for display: "asked for a person; 3 answers not understood". */
    public String explanation() {
        return String.join("; ", reasons.stream().map(HandoffReason::text).toList());
    }
}
