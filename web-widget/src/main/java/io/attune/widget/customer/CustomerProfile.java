package io.attune.widget.customer;

/** What the console shows of who the customer is, beside the name in the conversation's snapshot. */
public record CustomerProfile(String email, CustomerPage page) {

    public static final CustomerProfile UNKNOWN = new CustomerProfile(null, new CustomerPage(null, null, null));
}
