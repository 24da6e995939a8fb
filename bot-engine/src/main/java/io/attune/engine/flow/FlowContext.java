package io.attune.engine.flow;

import io.attune.engine.shop.Shop;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a flow may use beyond the customer's message: the shop's records, today's date (answers say
 * "yesterday", "on Monday"), and what the customer already said earlier in the conversation.
 */
public record FlowContext(Shop shop, LocalDate today, CustomerDetails earlier) {

    public FlowContext {
        Objects.requireNonNull(shop, "shop");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(earlier, "earlier");
    }
}
