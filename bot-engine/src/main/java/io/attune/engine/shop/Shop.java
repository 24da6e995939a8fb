package io.attune.engine.shop;

/**
 * The shop's own records (orders, their tracking and refunds; accounts), which the bot reads and acts on: the port that the demo database and a real shop's
 * API plug into. Implementations are thread-safe and never throw for a shop that cannot be reached or that
 * fails: they answer {@code UNAVAILABLE}, so the bot can say so instead of guessing.
 */
public interface Shop {

    /** @param number an order number as the customer gave it, upper-cased ("B7730012") */
    OrderLookup order(String number);

    /** Asks the shop to cancel the order; the answer says what the shop actually did. */
    Cancellation cancel(String number);

    /** Asks the shop to email a password-reset link to the account with this address, if there is one. */
    PasswordReset requestPasswordReset(String email);
}
