package io.attune.widget.limits;

import java.time.Duration;

/**
 * A client went over one of {@link AbuseLimits}. The message is our own wording, safe to show.
 *
 * @see LimitExceededResponses how it is answered over HTTP
 */
public class LimitExceededException extends RuntimeException {

    private final String code;
    private final Duration retryAfter;

    public LimitExceededException(String code, String message, Duration retryAfter) {
        super(message);
        this.code = code;
        this.retryAfter = retryAfter;
    }

    public String code() {
        return code;
    }

    /** At least one second: HTTP's Retry-After counts whole seconds. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
