package io.attune.engine.quality;

import io.attune.engine.shop.Cancellation;
import io.attune.engine.shop.Money;
import io.attune.engine.shop.Order;
import io.attune.engine.shop.OrderItem;
import io.attune.engine.shop.OrderLookup;
import io.attune.engine.shop.OrderStatus;
import io.attune.engine.shop.PasswordReset;
import io.attune.engine.shop.Shop;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The shop the evaluations run against: every well-formed order number is an order placed today and still
 * processing, so an order flow answers and ends as it would for a real order, and the figures measure
 * understanding, not which numbers the team's chats happen to use.
 */
final class EvaluationShop implements Shop {

    private final Clock clock;

    EvaluationShop(Clock clock) {
        this.clock = clock;
    }

    @Override
    public OrderLookup order(String number) {
        return OrderLookup.found(placedToday(number));
    }

    @Override
    public Cancellation cancel(String number) {
        return Cancellation.of(placedToday(number), LocalDate.now(clock));
    }

    @Override
    public PasswordReset requestPasswordReset(String email) {
        return PasswordReset.REQUESTED;
    }

    private Order placedToday(String number) {
        LocalDate today = LocalDate.now(clock);
        return new Order(number, OrderStatus.PROCESSING, List.of(new OrderItem("item from our shop", 1)),
                Money.of("25.00", "EUR"), today, today, null, List.of());
    }
}
