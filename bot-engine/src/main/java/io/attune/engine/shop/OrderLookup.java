package io.attune.engine.shop;

import java.util.Objects;

/**
 * What the shop said about an order number.
 *
 * @param order the order when {@link Outcome#FOUND}; null otherwise
 */
public record OrderLookup(Outcome outcome, Order order) {

    public enum Outcome {
        FOUND,
        /** The shop has no order with that number. */
        UNKNOWN,
        /** The shop could not be asked: down, too slow, or it answered with an error. */
        UNAVAILABLE
    }

    public OrderLookup {
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == Outcome.FOUND) != (order != null)) {
            throw new IllegalArgumentException("an order comes with FOUND and only then: " + outcome);
        }
    }

    public static OrderLookup found(Order order) {
        return new OrderLookup(Outcome.FOUND, order);
    }

    public static OrderLookup unknown() {
        return new OrderLookup(Outcome.UNKNOWN, null);
    }

    public static OrderLookup unavailable() {
        return new OrderLookup(Outcome.UNAVAILABLE, null);
    }
}
