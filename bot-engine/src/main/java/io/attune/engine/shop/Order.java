package io.attune.engine.shop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An order as the shop records it.
 *
 * @param statusSince when the order reached its status: placed, left the warehouse, was delivered or cancelled
 * @param tracking    the carrier's tracking once shipped; null before (and for an order cancelled unshipped)
 * @param refunds     refunds on the order, oldest first
 */
public record Order(String number, OrderStatus status, List<OrderItem> items, Money total, LocalDate placedOn,
                    LocalDate statusSince, Tracking tracking, List<Refund> refunds) {

    public Order {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(placedOn, "placedOn");
        Objects.requireNonNull(statusSince, "statusSince");
        items = List.copyOf(items);
        refunds = List.copyOf(refunds);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("an order has at least one item: " + number);
        }
        if (status == OrderStatus.SHIPPED && tracking == null) {
            throw new IllegalArgumentException("a shipped order has tracking: " + number);
        }
    }

    /** Why the shop would refuse to cancel this order; empty while it can still be cancelled. */
    public Optional<Cancellation.Outcome> cancellationRefusal() {
        return switch (status) {
            case PROCESSING -> Optional.empty();
            case CANCELLED -> Optional.of(Cancellation.Outcome.ALREADY_CANCELLED);
            case SHIPPED, DELIVERED -> Optional.of(Cancellation.Outcome.ALREADY_SHIPPED);
        };
    }

    /** The order cancelled on that day, with its total refunded in full. */
    public Order cancelledOn(LocalDate day) {
        if (cancellationRefusal().isPresent()) {
            throw new IllegalStateException("order " + number + " is " + status + " and cannot be cancelled");
        }
        List<Refund> withRefund = new ArrayList<>(refunds);
        withRefund.add(new Refund(total, Refund.Status.IN_PROGRESS, day));
        return new Order(number, OrderStatus.CANCELLED, items, total, placedOn, day, null, withRefund);
    }
}
