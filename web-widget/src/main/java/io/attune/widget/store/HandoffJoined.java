package io.attune.widget.store;

import java.time.Instant;

/** A handoff and when a person joined it: one customer's wait for a person. */
record HandoffJoined(Instant handoffAt, Instant joinedAt) {
}
