package io.attune.widget.messaging;

import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.widget.WidgetProperties;
import io.attune.widget.store.WaitingLine;
import org.springframework.stereotype.Component;

/** A conversation's customer-facing status, with its place in the agents' queue. */
@Component
class CustomerStatuses {

    private final WaitingLine line;
    private final WidgetProperties properties;

    CustomerStatuses(WaitingLine line, WidgetProperties properties) {
        this.line = line;
        this.properties = properties;
    }

    CustomerStatus of(ConversationSnapshot conversation) {
        return CustomerStatus.of(conversation, positionOf(conversation.id()), properties.minutesPerPlaceInLine());
    }

    private int positionOf(ConversationId id) {
        return line.waiting().indexOf(id) + 1;
    }
}
