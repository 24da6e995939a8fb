package io.attune.widget.customer;

/** A name or email refused; the message is our own words, safe to show. */
public class InvalidCustomerDetails extends RuntimeException {

    private final String field;

    InvalidCustomerDetails(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
