package io.attune.engine.flow;

import io.attune.engine.shop.Shop;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a flow may use beyond the customer's message: the shop's records, today's date (answers say
 * "yesterday", "on Monday"), and what the customer wrote earlier in the conversation.
 *
 * @param earlierMessages the customer's earlier messages, oldest first
 */
public record FlowContext(Shop shop, LocalDate today, List<String> earlierMessages) {

    public FlowContext {
        Objects.requireNonNull(shop, "shop");
        Objects.requireNonNull(today, "today");
        earlierMessages = List.copyOf(earlierMessages);
    }

    /** The details the customer gave earlier: read only when a flow needs one its message lacks. */
    public CustomerDetails earlier() {
        return CustomerDetails.from(earlierMessages);
    }
}
