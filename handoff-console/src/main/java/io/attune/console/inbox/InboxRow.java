package io.attune.console.inbox;

import io.attune.console.Previews;
import io.attune.console.satisfaction.PredictedSatisfaction;
import java.time.Instant;

/**
 * One conversation in the list.
 *
 * @param state      in words ({@code StateWords})
 * @param preview    its latest message, shortened ({@link Previews})
 * @param openable   whether this viewer may open its console page (its agent; admins, read-only)
 * @param reviewable whether this viewer may open its admin review (admins)
 * @param abandoned  its customer left while it waited for a person (out of the queue until they come back)
 * @param predicted  its predicted satisfaction once it ended; null while open
 */
record InboxRow(String id, String customerName, String state, String preview, Instant startedAt, Instant updatedAt,
                boolean openable, boolean reviewable, boolean abandoned, PredictedSatisfaction predicted) {

    InboxRow {
        preview = Previews.of(preview);
    }

    /** Only a chat whose customer is still there can be taken from the queue. */
    public boolean inQueue() {
        return !openable && !abandoned;
    }
}
