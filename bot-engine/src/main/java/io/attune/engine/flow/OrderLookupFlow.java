package io.attune.engine.flow;

import io.attune.engine.conversation.FlowState;
import io.attune.engine.shop.Order;
import java.util.function.BiFunction;

/** A flow that finds one order (asking for its number when needed) and answers with what the shop says of it. */
final class OrderLookupFlow implements Flow {

    private final String name;
    private final String ask;
    private final OrderQuestion question;
    private final BiFunction<Order, FlowContext, FlowReply> answer;

    /**
     * @param opener what the bot says before it first asks ("Sure.")
     * @param ask    the question for the order number
     * @param gaveUp what to say when the second answer holds no order number either
     * @param answer the reply for an order the shop found
     */
    OrderLookupFlow(String name, String opener, String ask, String gaveUp,
                    BiFunction<Order, FlowContext, FlowReply> answer) {
        this.name = name;
        this.ask = ask;
        this.question = new OrderQuestion(name, opener + " " + ask, gaveUp);
        this.answer = answer;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public FlowReply start(String message, FlowContext context) {
        return question.start(message, context, order -> answer.apply(order, context));
    }

    @Override
    public FlowReply next(FlowState state, String message, FlowContext context) {
        return question.next(state, message, context, order -> answer.apply(order, context));
    }

    @Override
    public FlowReply askAgain(FlowState state) {
        return FlowReply.ask("Of course. " + ask, state);
    }
}
