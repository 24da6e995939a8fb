package io.attune.engine.coaching;

/** What in an agent's draft reply may land badly, each with the line the console shows the agent. */
public enum ReplyCue {
    /** "calm down", "as I already said", "nothing I can do": lands badly in any mood. */
    DISMISSIVE("Sounds curt or dismissive."),
    /** "that's our policy", "rules are rules": fine for a routine question, a wall to an upset customer. */
    POLICY_WALL("Leans on policy without offering anything."),
    /** "you should have", "you didn't read": puts the fault on the customer. */
    BLAMING("Puts the blame on the customer."),
    /** The customer is upset and the draft neither apologises nor shows understanding. */
    NO_ACKNOWLEDGEMENT("The customer is upset and the reply does not acknowledge it."),
    /** Mostly capitals, or "!!". */
    SHOUTING("Reads as shouting (capitals or !!)."),
    /** "RMA", "SKU", "escalated to L2": words the customer may not know. */
    JARGON("Uses internal jargon."),
    /** "we'll look into it" with no when, to a customer who is upset or worried. */
    PROMISE_WITHOUT_TIME("Promises a follow-up without saying when.");

    private final String explanation;

    ReplyCue(String explanation) {
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }
}
