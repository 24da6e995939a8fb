package io.attune.engine;

import io.attune.engine.shop.Money;
import io.attune.engine.shop.Order;
import io.attune.engine.shop.OrderItem;
import io.attune.engine.shop.OrderStatus;
import io.attune.engine.shop.Refund;
import io.attune.engine.shop.Tracking;
import java.time.LocalDate;
import java.util.List;

/** Orders in each state, dated relative to the day a test calls today. */
final class ShopOrders {

    private ShopOrders() {
    }

    /** Placed yesterday, not yet shipped: it can be cancelled. */
    static Order processing(String number, LocalDate today) {
        return new Order(number, OrderStatus.PROCESSING, List.of(new OrderItem("Alder kettle", 1)),
                Money.of("39.00", "EUR"), today.minusDays(1), today.minusDays(1), null, List.of());
    }

    /** Left the warehouse two days ago with DPD, expected tomorrow. */
    static Order shipped(String number, LocalDate today) {
        return new Order(number, OrderStatus.SHIPPED, List.of(new OrderItem("Fellside rain jacket", 1)),
                Money.of("89.00", "EUR"), today.minusDays(4), today.minusDays(2),
                new Tracking("DPD", "0153 7730 0120", today.plusDays(1)), List.of());
    }

    /** Delivered yesterday by DPD. */
    static Order delivered(String number, LocalDate today) {
        return new Order(number, OrderStatus.DELIVERED, List.of(new OrderItem("Hobart hiking boots", 1)),
                Money.of("129.00", "EUR"), today.minusDays(6), today.minusDays(1),
                new Tracking("DPD", "0153 4410 0070", today.minusDays(1)), List.of());
    }

    /** Cancelled three days ago; its refund was paid back yesterday. */
    static Order cancelledAndRefunded(String number, LocalDate today) {
        return new Order(number, OrderStatus.CANCELLED, List.of(new OrderItem("Trail socks", 2)),
                Money.of("24.00", "EUR"), today.minusDays(4), today.minusDays(3), null,
                List.of(new Refund(Money.of("24.00", "EUR"), Refund.Status.PAID, today.minusDays(1))));
    }
}
