package io.attune.engine.flow;

import io.attune.engine.conversation.FlowState;
import io.attune.engine.reply.ReplyComposer;
import io.attune.engine.shop.Order;
import io.attune.engine.shop.OrderLookup;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What every order flow does first: take the order number from the message, or the one the customer gave
 * earlier, or ask for it; look it up in the shop; and say honestly when the shop has no such order or cannot
 * be reached, offering to try another number or a person. The flow only says what it does with a found order.
 */
final class OrderQuestion {

    static final String ASK_ORDER_NUMBER = "ask-order-number";
    static final String ORDER_NUMBER = "order number";
    private static final String RETRIED = "retried";
    private static final String UNKNOWN = "unknown";
    private static final String FROM_EARLIER = "(That's the order number you gave earlier: send me another one if "
            + "you meant a different order.)";

    private final String flow;
    private final String ask;
    private final String gaveUp;

    /**
     * @param ask    the question for the order number
     * @param gaveUp what to say when the second answer holds no order number either
     */
    OrderQuestion(String flow, String ask, String gaveUp) {
        this.flow = flow;
        this.ask = ask;
        this.gaveUp = gaveUp;
    }

    FlowReply start(String message, FlowContext context, Function<Order, FlowReply> found) {
        Optional<String> typed = Details.orderNumber(message);
        if (typed.isPresent()) {
            return lookUp(typed.get(), Map.of(), context, found);
        }
        Optional<String> earlier = context.earlier().orderNumber();
        if (earlier.isPresent()) {
            return lookUp(earlier.get(), Map.of(), context, found).followedBy(FROM_EARLIER);
        }
        return FlowReply.ask(ask, new FlowState(flow, ASK_ORDER_NUMBER, Map.of()));
    }

    /** The customer's answer to the question for the order number. */
    FlowReply next(FlowState state, String message, FlowContext context, Function<Order, FlowReply> found) {
        Optional<String> number = Details.orderNumber(message);
        if (number.isPresent()) {
            return lookUp(number.get(), state.slots(), context, found);
        }
        if (state.slots().containsKey(RETRIED)) {
            return FlowReply.gaveUp(gaveUp);
        }
        return FlowReply.retry("That doesn't look like an order number: it has 5 to 12 digits, sometimes with "
                + "letters in front, like A1234567. Could you check it?",
                new FlowState(flow, ASK_ORDER_NUMBER, with(state.slots(), RETRIED, "yes")));
    }

    /** The shop could not be asked: say so, promise nothing, offer a person. */
    static FlowReply unavailable(String number) {
        return FlowReply.done("I'm sorry, I can't reach our order system right now, so I can't look up order "
                + number + ". Please try again in a few minutes, or I can bring in a person from our team.",
                ReplyComposer.TALK_TO_PERSON);
    }

    /** The shop has no such order: once, ask to check the number; a second unknown number goes to a person. */
    FlowReply unknown(String number, Map<String, String> slots) {
        if (slots.containsKey(UNKNOWN)) {
            return FlowReply.done("I can't find order " + number + " either. A person from our team can look "
                    + "your order up by your email address or name: shall I bring one in?",
                    ReplyComposer.TALK_TO_PERSON);
        }
        return FlowReply.ask("I can't find an order " + number + " in our system. Could you check the number? It's "
                + "in your confirmation email, for example A1234567. Or I can bring in a person from our team.",
                new FlowState(flow, ASK_ORDER_NUMBER, with(slots, UNKNOWN, number)), ReplyComposer.TALK_TO_PERSON);
    }

    private FlowReply lookUp(String number, Map<String, String> slots, FlowContext context,
                             Function<Order, FlowReply> found) {
        OrderLookup lookup = context.shop().order(number);
        return switch (lookup.outcome()) {
            case FOUND -> found.apply(lookup.order());
            case UNKNOWN -> unknown(number, slots);
            case UNAVAILABLE -> unavailable(number);
        };
    }

    static Map<String, String> with(Map<String, String> slots, String key, String value) {
        Map<String, String> more = new HashMap<>(slots);
        more.put(key, value);
        return more;
    }
}
