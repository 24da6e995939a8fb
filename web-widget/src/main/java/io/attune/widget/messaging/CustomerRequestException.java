package io.attune.widget.messaging;

/** A customer's request refused with an error meant for that client. */
class CustomerRequestException extends RuntimeException {

    private final CustomerError error;

    CustomerRequestException(CustomerError error) {
        super(error.code());
        this.error = error;
    }

    CustomerError error() {
        return error;
    }
}
