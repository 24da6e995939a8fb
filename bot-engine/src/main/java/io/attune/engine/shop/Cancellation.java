package io.attune.engine.shop;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the shop did when asked to cancel an order.
 *
 * @param order the order as the shop now has it; null for {@link Outcome#UNKNOWN_ORDER} and
 *              {@link Outcome#UNAVAILABLE}
 */
public record Cancellation(Outcome outcome, Order order) {

    public enum Outcome {
        /** The shop cancelled it now. */
        CANCELLED,
        /** It was cancelled before: nothing changed. */
        ALREADY_CANCELLED,
        /** It has left the warehouse (or arrived): the shop refused, nothing changed. */
        ALREADY_SHIPPED,
        UNKNOWN_ORDER,
        /** The shop could not be asked, or did not say: the bot cannot know whether anything changed. */
        UNAVAILABLE
    }

    public Cancellation {
        Objects.requireNonNull(outcome, "outcome");
        boolean withOrder = outcome != Outcome.UNKNOWN_ORDER && outcome != Outcome.UNAVAILABLE;
        if (withOrder != (order != null)) {
            throw new IllegalArgumentException(outcome + " comes " + (withOrder ? "with" : "without") + " the order");
        }
    }

    /** The shop's answer for this order as it stood: cancelled now, or refused for the reason it gives. */
    public static Cancellation of(Order before, LocalDate today) {
        return before.cancellationRefusal().map(refused -> new Cancellation(refused, before))
                .orElseGet(() -> new Cancellation(Outcome.CANCELLED, before.cancelledOn(today)));
    }

    public static Cancellation unknownOrder() {
        return new Cancellation(Outcome.UNKNOWN_ORDER, null);
    }

    public static Cancellation unavailable() {
        return new Cancellation(Outcome.UNAVAILABLE, null);
    }
}
