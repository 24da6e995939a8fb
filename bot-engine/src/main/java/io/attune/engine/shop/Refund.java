package io.attune.engine.shop;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A refund on an order.
 *
 * @param updatedOn when it reached its status: started, or paid out
 */
public record Refund(Money amount, Status status, LocalDate updatedOn) {

    public enum Status {
        /** The shop has it and will pay it out. */
        IN_PROGRESS,
        /** Paid back to the customer's payment method; the bank may take a few days to show it. */
        PAID
    }

    public Refund {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedOn, "updatedOn");
    }
}
