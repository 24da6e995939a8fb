package io.attune.engine.flow;

import io.attune.engine.conversation.FlowState;
import io.attune.engine.conversation.QuickReply;
import io.attune.engine.reply.ReplyComposer;
import io.attune.engine.shop.Cancellation;
import io.attune.engine.shop.Order;
import io.attune.engine.shop.OrderStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cancellation: finds the order (asking for its number when needed), tells at once when it can no longer be
 * cancelled, asks for a confirmation, asks the shop to cancel, and reports what the shop actually did.
 */
final class CancellationFlow implements Flow {

    static final String NAME = "cancellation";
    private static final String CONFIRM_STEP = "confirm";
    private static final Pattern YES = Pattern.compile("^(yes|yeah|yep|sure|ok(ay)?|confirm(ed)?|do it|please do)\\b.*");
    private static final Pattern NO = Pattern.compile("^(no|nope|don'?t|do not|keep|never ?mind|stop)\\b.*");
    private static final QuickReply CONFIRM = new QuickReply("Yes, cancel it", "Yes, cancel it");
    private static final QuickReply KEEP = new QuickReply("No, keep it", "No, keep it");
    private final OrderQuestion question = new OrderQuestion(NAME, "I can cancel an order that hasn't shipped yet. "
            + "What's the order number?", "I still can't find an order number in that. You can also cancel from "
            + "Account > Orders while the order hasn't shipped.");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FlowReply start(String message, FlowContext context) {
        return question.start(message, context, order -> confirmOrRefuse(order, context));
    }

    @Override
    public FlowReply next(FlowState state, String message, FlowContext context) {
        if (!state.step().equals(CONFIRM_STEP)) {
            return question.next(state, message, context, order -> confirmOrRefuse(order, context));
        }
        String order = state.slots().get(OrderQuestion.ORDER_NUMBER);
        Optional<String> another = Details.orderNumber(message).filter(n -> !n.equals(order));
        if (another.isPresent()) {
            return question.next(state, message, context, found -> confirmOrRefuse(found, context));
        }
        String answer = message.trim().toLowerCase(Locale.ROOT);
        if (YES.matcher(answer).matches()) {
            return reported(context.shop().cancel(order), order, context);
        }
        if (NO.matcher(answer).matches()) {
            return FlowReply.done("No problem, order " + order + " stays as it is.");
        }
        return new FlowReply("Should I cancel order " + order + "? Please answer yes or no.", List.of(CONFIRM, KEEP),
                state, false);
    }

    @Override
    public FlowReply askAgain(FlowState state) {
        if (state.step().equals(CONFIRM_STEP)) {
            return FlowReply.ask("Of course. Should I cancel order " + state.slots().get(OrderQuestion.ORDER_NUMBER)
                    + "?", state, CONFIRM, KEEP);
        }
        return FlowReply.ask("Of course. What's the number of the order you'd like to cancel?", state);
    }

    /** An order that can still be cancelled is confirmed first; one that can't is told so before anything is asked. */
    private static FlowReply confirmOrRefuse(Order order, FlowContext context) {
        if (order.cancellationRefusal().isPresent()) {
            return refused(order, new OrderFacts(context.today()));
        }
        return FlowReply.ask("Just to be sure: cancel order " + order.number() + ", " + OrderFacts.items(order.items())
                + " placed " + Days.relative(order.placedOn(), context.today()) + "? This can't be undone.",
                new FlowState(NAME, CONFIRM_STEP, Map.of(OrderQuestion.ORDER_NUMBER, order.number())), CONFIRM, KEEP);
    }

    /** What the shop did, and nothing it did not. */
    private FlowReply reported(Cancellation result, String number, FlowContext context) {
        OrderFacts facts = new OrderFacts(context.today());
        return switch (result.outcome()) {
            case CANCELLED -> FlowReply.done("Done: order " + number + ", " + OrderFacts.items(result.order().items())
                    + ", is cancelled."
                    + facts.refunds(result.order()).map(r -> " " + r).orElse(""));
            case ALREADY_CANCELLED, ALREADY_SHIPPED -> refused(result.order(), facts);
            case UNKNOWN_ORDER -> question.unknown(number, Map.of());
            case UNAVAILABLE -> FlowReply.done("I'm sorry, I couldn't get an answer from our order system, so I "
                    + "can't confirm that order " + number + " is cancelled. Please try again in a few minutes, or "
                    + "I can bring in a person from our team to do it.", ReplyComposer.TALK_TO_PERSON);
        };
    }

    private static FlowReply refused(Order order, OrderFacts facts) {
        if (order.status() == OrderStatus.CANCELLED) {
            return FlowReply.done("Order " + order.number() + " was already cancelled " + facts.day(order.statusSince())
                    + ", so there's nothing more to do." + facts.refunds(order).map(r -> " " + r).orElse(""));
        }
        return FlowReply.done("I can't cancel order " + order.number() + " any more: " + facts.tooLate(order)
                + ". Once it's with you, you can return it within 30 days from Account > Orders > Return items.");
    }
}
