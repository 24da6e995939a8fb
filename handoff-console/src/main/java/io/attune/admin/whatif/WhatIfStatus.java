package io.attune.admin.whatif;

/**
 * Where a what-if run is, for the page's progress bar.
 *
 * @param done   conversations replayed so far
 * @param total  conversations to replay (known once the run starts)
 * @param result set when {@code state} is DONE
 * @param error  set when {@code state} is FAILED, worded for an admin
 */
public record WhatIfStatus(String id, State state, int done, int total, WhatIfResult result, String error) {

    public enum State {
        QUEUED, RUNNING, DONE, FAILED;

        boolean finished() {
            return this == DONE || this == FAILED;
        }
    }

    /** 0 to 100. */
    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(99, 100L * done / total);
    }
}
