package io.attune.console.presence;

/** An agent came online or went offline: the queue page shows who is there. */
public record PresenceChanged() {
}
