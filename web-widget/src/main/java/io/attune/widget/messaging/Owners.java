package io.attune.widget.messaging;

import io.attune.engine.conversation.ConversationId;
import io.attune.widget.CustomerAuthentication;
import java.security.Principal;

/** Which conversation a customer's frame is about: its own, or it is refused. */
final class Owners {

    private Owners() {
    }

    static ConversationId check(Principal user, String conversationId) {
        if (user instanceof CustomerAuthentication customer) {
            ConversationId own = customer.getPrincipal().conversationId();
            if (own.toString().equalsIgnoreCase(conversationId)) {
                return own;
            }
        }
        throw new CustomerRequestException(CustomerError.notYours());
    }
}
