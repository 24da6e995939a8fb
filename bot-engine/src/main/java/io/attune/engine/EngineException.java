package io.attune.engine;

/**
 * A request the engine refuses, with a stable code for clients and a message safe to show (it never
 * contains the customer's raw input).
 */
public class EngineException extends RuntimeException {

    private final String code;

    public EngineException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static EngineException unknownConversation() {
        return new EngineException("unknown-conversation", "There is no such conversation.");
    }

    public static EngineException closed() {
        return new EngineException("conversation-closed", "This conversation has ended.");
    }

    public static EngineException alreadyClaimed(String byWhom) {
        return new EngineException("already-claimed", byWhom == null
                ? "Another agent already took this conversation."
                : byWhom + " already took this conversation.");
    }

    public static EngineException notAssigned() {
        return new EngineException("not-assigned", "This conversation is not assigned to you.");
    }

    /** A retry must repeat its message: the same client id with another text is a client's mistake. */
    public static EngineException clientIdReused() {
        return new EngineException("client-id-reused",
                "That message id was already used for a different message. Please send it again as a new message.");
    }

    public static EngineException notAllowed(String what) {
        return new EngineException("not-allowed", what);
    }
}
