package io.attune.engine.shop;

/** Where an order is. */
public enum OrderStatus {
    /** Placed, not yet left the warehouse: the only state in which it can still be cancelled. */
    PROCESSING,
    SHIPPED,
    DELIVERED,
    CANCELLED
}
