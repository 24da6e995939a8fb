package io.attune.engine.emotion;

/** Signals in a customer turn that are read from its words and form, not from the emotion model. */
public enum Cue {
    /** "can I talk to a person", "get me a human", "agent please". */
    ASKED_FOR_PERSON,
    /** "I'll cancel my account", "going to a competitor", "never ordering again"; not "cancel my order". */
    THREAT_TO_LEAVE,
    /** "I want to make a formal complaint", "I'd like to complain to your manager". */
    FORMAL_COMPLAINT,
    PROFANITY,
    /** Mostly capitals, or repeated exclamation marks. */
    SHOUTING,
    /** The same or nearly the same as an earlier customer message in this conversation. */
    REPEATED_MESSAGE
}
