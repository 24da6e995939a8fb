package io.attune.engine.flow;

import io.attune.engine.conversation.FlowState;
import io.attune.engine.conversation.QuickReply;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Cancellation: asks for the order number, then for a confirmation, then cancels. */
final class CancellationFlow implements Flow {

    static final String NAME = "cancellation";
    private static final Pattern YES = Pattern.compile("^(yes|yeah|yep|sure|ok(ay)?|confirm(ed)?|do it|please do)\\b.*");
    private static final Pattern NO = Pattern.compile("^(no|nope|don'?t|do not|keep|never ?mind|stop)\\b.*");
    private static final QuickReply CONFIRM = new QuickReply("Yes, cancel it", "Yes, cancel it");
    private static final QuickReply KEEP = new QuickReply("No, keep it", "No, keep it");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FlowReply start(String message) {
        return Details.orderNumber(message).map(CancellationFlow::confirm).orElseGet(() -> FlowReply.ask(
                "I can cancel an order that hasn't shipped yet. What's the order number?",
                new FlowState(NAME, "ask-order-number", Map.of())));
    }

    @Override
    public FlowReply next(FlowState state, String message) {
        if (state.step().equals("confirm")) {
            String order = state.slots().get("order number");
            String answer = message.trim().toLowerCase(Locale.ROOT);
            if (YES.matcher(answer).matches()) {
                return FlowReply.done("Done: order " + order + " is cancelled. The refund goes back to your "
                        + "original payment method within 3 to 5 business days.");
            }
            if (NO.matcher(answer).matches()) {
                return FlowReply.done("No problem, order " + order + " stays as it is.");
            }
            return new FlowReply("Should I cancel order " + order + "? Please answer yes or no.",
                    java.util.List.of(CONFIRM, KEEP), state, false);
        }
        Optional<String> number = Details.orderNumber(message);
        if (number.isPresent()) {
            return confirm(number.get());
        }
        if (state.slots().containsKey("retried")) {
            return FlowReply.gaveUp("I still can't find an order number in that. You can also cancel from "
                    + "Account > Orders while the order hasn't shipped.");
        }
        return FlowReply.retry("That doesn't look like an order number: it has 5 to 12 digits, sometimes with "
                + "letters in front, like A1234567. Could you check it?",
                new FlowState(NAME, state.step(), Map.of("retried", "yes")));
    }

    @Override
    public FlowReply askAgain(FlowState state) {
        if (state.step().equals("confirm")) {
            return FlowReply.ask("Of course. Should I cancel order " + state.slots().get("order number") + "?",
                    state, CONFIRM, KEEP);
        }
        return FlowReply.ask("Of course. What's the number of the order you'd like to cancel?", state);
    }

    private static FlowReply confirm(String number) {
        return FlowReply.ask("Just to be sure: cancel order " + number + "? This can't be undone.",
                new FlowState(NAME, "confirm", Map.of("order number", number)), CONFIRM, KEEP);
    }
}
