package io.attune.console.presence;

/**
 * Whether a person can answer now, and what to tell the customer when not.
 *
 * @param message for the customer, honest and plain; null when agents are available
 */
public record Availability(boolean available, Reason reason, String message) {

    public enum Reason {
        OPEN, OUTSIDE_HOURS, NO_AGENT_ONLINE
    }
}
