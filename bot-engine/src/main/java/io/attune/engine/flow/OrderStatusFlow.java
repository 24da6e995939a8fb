package io.attune.engine.flow;

import io.attune.engine.conversation.FlowState;
import java.util.Map;
import java.util.Optional;

/** Order status: asks for the order number, checks its shape, answers with it. */
final class OrderStatusFlow implements Flow {

    static final String NAME = "order-status";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FlowReply start(String message) {
        return Details.orderNumber(message).map(OrderStatusFlow::found).orElseGet(() -> FlowReply.ask(
                "Sure. What's your order number? It's in your confirmation email, for example A1234567.",
                new FlowState(NAME, "ask-order-number", Map.of())));
    }

    @Override
    public FlowReply next(FlowState state, String message) {
        Optional<String> number = Details.orderNumber(message);
        if (number.isPresent()) {
            return found(number.get());
        }
        if (state.slots().containsKey("retried")) {
            return FlowReply.gaveUp("I still can't find an order number in that. You'll find it in your "
                    + "confirmation email, or under Account > Orders.");
        }
        return FlowReply.retry("That doesn't look like an order number: it has 5 to 12 digits, sometimes with "
                + "letters in front, like A1234567. Could you check it?", new FlowState(NAME, state.step(),
                Map.of("retried", "yes")));
    }

    @Override
    public FlowReply askAgain(FlowState state) {
        return FlowReply.ask("Of course. What's your order number? It's in your confirmation email, for example "
                + "A1234567.", state);
    }

    private static FlowReply found(String number) {
        return FlowReply.done("Thanks. Order " + number + " is in our system: you can follow every step under "
                + "Account > Orders, and the carrier's tracking link appears there as soon as it ships.");
    }
}
