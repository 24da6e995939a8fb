package io.attune.engine.shop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A shop held in memory, for tests and evaluations: the orders it is given, cancelled by the same rule as
 * the demo database's ({@link Order#cancelledOn}). {@link #goDown()} makes it answer as an unreachable shop.
 */
public final class InMemoryShop implements Shop {

    private final Map<String, Order> orders = new ConcurrentHashMap<>();
    private final Clock clock;
    private final List<String> passwordResets = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    public InMemoryShop(Clock clock) {
        this.clock = clock;
    }

    /** A shop that has no orders at all: every number is unknown. */
    public static InMemoryShop empty() {
        return new InMemoryShop(Clock.systemUTC());
    }

    public InMemoryShop with(Order order) {
        orders.put(order.number(), order);
        return this;
    }

    public void goDown() {
        down = true;
    }

    @Override
    public OrderLookup order(String number) {
        if (down) {
            return OrderLookup.unavailable();
        }
        Order order = orders.get(number);
        return order == null ? OrderLookup.unknown() : OrderLookup.found(order);
    }

    @Override
    public PasswordReset requestPasswordReset(String email) {
        if (down) {
            return PasswordReset.UNAVAILABLE;
        }
        passwordResets.add(email);
        return PasswordReset.REQUESTED;
    }

    /** The addresses a reset link was asked for, oldest first. */
    public List<String> passwordResets() {
        return List.copyOf(passwordResets);
    }

    @Override
    public Cancellation cancel(String number) {
        if (down) {
            return Cancellation.unavailable();
        }
        Cancellation[] result = {Cancellation.unknownOrder()};
        orders.computeIfPresent(number, (n, before) -> {
            result[0] = Cancellation.of(before, LocalDate.now(clock));
            return result[0].order();
        });
        return result[0];
    }
}
