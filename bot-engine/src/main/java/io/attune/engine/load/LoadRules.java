package io.attune.engine.load;

import java.time.Duration;

/**
 * The admin's rules for emotional load.
 *
 * @param heavyAt   a chat is heavy when its customer's peak upset (the strongest negative emotion in any turn,
 *                  0..1) reaches this
 * @param hostileAt a close is hostile when, while the agent held the chat, the customer's anger or frustration
 *                  reached this (0..1)
 * @param pause     the pause suggested after a hostile close
 * @param window    how long a chat weighs on its agent after it ends; its weight fades linearly to nothing
 */
public record LoadRules(double heavyAt, double hostileAt, Duration pause, Duration window) {

    public static final Duration MAX_PAUSE = Duration.ofMinutes(60);
    public static final Duration MAX_WINDOW = Duration.ofHours(8);

    public LoadRules {
        requireShare(heavyAt, "heavyAt");
        requireShare(hostileAt, "hostileAt");
        if (pause == null || pause.isNegative() || pause.isZero() || pause.compareTo(MAX_PAUSE) > 0) {
            throw new IllegalArgumentException("pause must be between 1 minute and " + MAX_PAUSE.toMinutes() + " minutes");
        }
        if (window == null || window.toMinutes() < 1 || window.compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException("window must be between 1 minute and " + MAX_WINDOW.toHours() + " hours");
        }
    }

    /** Peak anger, frustration or distress of 0.7; a pause of five minutes; the last hour counts. */
    public static LoadRules defaults() {
        return new LoadRules(0.7, 0.7, Duration.ofMinutes(5), Duration.ofHours(1));
    }

    public boolean isHeavy(double peakUpset) {
        return peakUpset >= heavyAt;
    }

    public boolean isHostile(double peakHostility) {
        return peakHostility >= hostileAt;
    }

    private static void requireShare(double value, String name) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be above 0 and at most 1");
        }
    }
}
