package io.attune.engine.coaching;

import java.util.List;
import java.util.Objects;

/**
 * What the console shows about an agent's draft before it is sent. Never a verdict: the agent decides.
 *
 * @param note       whether to show the quiet note
 * @param reasons    the cues that led to the note, most serious first; empty when there is no note
 * @param suggestion a rewording built from de-escalation patterns, or "" when there is no note
 */
public record DraftReview(boolean note, List<ReplyCue> reasons, String suggestion) {

    public DraftReview {
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(suggestion, "suggestion");
        if (note == reasons.isEmpty()) {
            throw new IllegalArgumentException("a note has reasons and only a note has: " + note + " " + reasons);
        }
    }

    public static DraftReview fine() {
        return new DraftReview(false, List.of(), "");
    }
}
