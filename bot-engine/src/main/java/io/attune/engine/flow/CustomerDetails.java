package io.attune.engine.flow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Details the customer gave in their messages (order number, email address, the item they speak of), the
 * latest of each: rebuilt from the transcript whenever needed, so nothing else has to be stored.
 */
public record CustomerDetails(Map<String, String> values) {

    public static final String ORDER_NUMBER = "order number";
    public static final String EMAIL = "email";
    public static final String ITEM = "item";

    public CustomerDetails {
        values = Map.copyOf(values);
    }

    /** @param customerTexts the customer's messages, oldest first */
    public static CustomerDetails from(List<String> customerTexts) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String text : customerTexts) {
            Details.orderNumber(text).ifPresent(n -> found.put(ORDER_NUMBER, n));
            Details.email(text).ifPresent(e -> found.put(EMAIL, e));
            Details.item(text).ifPresent(i -> found.put(ITEM, i));
        }
        return new CustomerDetails(found);
    }

    public Optional<String> orderNumber() {
        return Optional.ofNullable(values.get(ORDER_NUMBER));
    }

    public Optional<String> email() {
        return Optional.ofNullable(values.get(EMAIL));
    }
}
