package io.attune.engine.flow;

import io.attune.engine.reply.ReplyComposer;
import io.attune.engine.shop.Order;

/** Refund status: finds the order (asking for its number when needed), and says what the shop's refunds on it are. */
final class RefundStatusFlow {

    static final String NAME = "refund-status";

    private RefundStatusFlow() {
    }

    static Flow create() {
        return new OrderLookupFlow(NAME, "I can look that up.", "What's the number of the order the refund is for? "
                + "It's in your confirmation email, for example A1234567.", "I still can't find an order number in "
                + "that. You can follow each refund under Account > Orders.", RefundStatusFlow::answer);
    }

    private static FlowReply answer(Order order, FlowContext context) {
        return new OrderFacts(context.today()).refunds(order)
                .map(refund -> FlowReply.done("For order " + order.number() + ", " + OrderFacts.items(order.items())
                        + ": " + Character.toLowerCase(refund.charAt(0)) + refund.substring(1)))
                .orElseGet(() -> FlowReply.done("I can't see a refund on order " + order.number() + " yet. A refund "
                        + "starts as soon as a return reaches us, and goes back to your original payment method "
                        + "within 5 working days. If you sent something back over a week ago, a person from our team "
                        + "can check where it is.", ReplyComposer.TALK_TO_PERSON));
    }
}
