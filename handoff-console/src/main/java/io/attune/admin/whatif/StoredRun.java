package io.attune.admin.whatif;

import io.attune.admin.whatif.WhatIfStatus.State;
import java.time.Instant;

/**
 * A what-if run as the database holds it, whichever instance runs it.
 *
 * @param heartbeatAt when the instance running it last said it is still at it
 * @param result      set once DONE
 * @param error       set once FAILED, worded for an admin
 */
record StoredRun(String id, State state, int done, int total, Instant heartbeatAt, WhatIfResult result, String error) {

    static final String INSTANCE_STOPPED = "The instance running this what-if stopped; start it again.";

    /**
     * What the page is told. A run not finished whose instance has been silent since before {@code aliveSince}
     * will never finish: its instance stopped or lost the database, so it is reported failed rather than
     * running for ever.
     */
    WhatIfStatus status(Instant aliveSince) {
        if (!state.finished() && heartbeatAt.isBefore(aliveSince)) {
            return new WhatIfStatus(id, State.FAILED, done, total, null, INSTANCE_STOPPED);
        }
        return new WhatIfStatus(id, state, done, total, result, error);
    }
}
