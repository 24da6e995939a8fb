package io.attune.engine.shop;

import java.util.Objects;

/** One line of an order: "Fellside rain jacket", 1. */
public record OrderItem(String name, int quantity) {

    public OrderItem {
        Objects.requireNonNull(name, "name");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1: " + quantity);
        }
    }
}
