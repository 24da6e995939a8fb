package io.attune.engine.shop;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shop as one customer turn sees it: each question is asked of the shop once, however often the turn
 * is worked out (the bot words its reply again when the handoff policy offers a person), so a cancellation
 * is never sent twice. An adapter that throws, against its contract, counts as an unreachable shop.
 * Not thread-safe: one per turn.
 */
public final class OncePerTurn implements Shop {

    private static final Logger log = LoggerFactory.getLogger(OncePerTurn.class);

    private final Shop shop;
    private final Map<String, OrderLookup> lookups = new HashMap<>();
    private final Map<String, Cancellation> cancellations = new HashMap<>();
    private final Map<String, PasswordReset> resets = new HashMap<>();

    public OncePerTurn(Shop shop) {
        this.shop = shop;
    }

    @Override
    public OrderLookup order(String number) {
        return lookups.computeIfAbsent(number, n -> asked(() -> shop.order(n), OrderLookup.unavailable()));
    }

    @Override
    public Cancellation cancel(String number) {
        return cancellations.computeIfAbsent(number, n -> asked(() -> shop.cancel(n), Cancellation.unavailable()));
    }

    @Override
    public PasswordReset requestPasswordReset(String email) {
        return resets.computeIfAbsent(email, e -> asked(() -> shop.requestPasswordReset(e), PasswordReset.UNAVAILABLE));
    }

    private static <T> T asked(Supplier<T> question, T unreachable) {
        try {
            return question.get();
        } catch (RuntimeException e) {
            log.warn("The shop's adapter threw instead of answering; the customer is told the shop can't be reached", e);
            return unreachable;
        }
    }
}
