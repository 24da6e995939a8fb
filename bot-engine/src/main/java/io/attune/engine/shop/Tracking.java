package io.attune.engine.shop;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The carrier's tracking of a shipped order.
 *
 * @param trackingNumber  the carrier's number, or null
 * @param expectedDelivery when the carrier expects to deliver, or null when it has not said
 */
public record Tracking(String carrier, String trackingNumber, LocalDate expectedDelivery) {

    public Tracking {
        Objects.requireNonNull(carrier, "carrier");
    }
}
