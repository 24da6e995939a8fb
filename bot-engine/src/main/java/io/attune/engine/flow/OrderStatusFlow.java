package io.attune.engine.flow;

import io.attune.engine.reply.ReplyComposer;
import io.attune.engine.shop.Order;
import io.attune.engine.shop.OrderStatus;

/** Order status: finds the order number (asking when needed), and answers with what the shop's records say. */
final class OrderStatusFlow {

    static final String NAME = "order-status";

    private OrderStatusFlow() {
    }

    static Flow create() {
        return new OrderLookupFlow(NAME, "Sure.", "What's your order number? It's in your confirmation email, for "
                + "example A1234567.", "I still can't find an order number in that. You'll find it in your "
                + "confirmation email, or under Account > Orders.", OrderStatusFlow::answer);
    }

    private static FlowReply answer(Order order, FlowContext context) {
        String facts = new OrderFacts(context.today()).status(order);
        // a delivered order the customer asks about may well be missing: the way to a person is one tap away
        return order.status() == OrderStatus.DELIVERED ? FlowReply.done(facts, ReplyComposer.TALK_TO_PERSON)
                : FlowReply.done(facts);
    }
}
