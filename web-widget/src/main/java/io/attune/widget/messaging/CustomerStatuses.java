package io.attune.widget.messaging;

import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.handoff.TeamAvailability;
import io.attune.widget.WidgetProperties;
import io.attune.widget.store.ReplyTimes;
import io.attune.widget.store.WaitingLine;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A conversation's customer-facing status, with its place among those waiting for a person and a wait
 * estimated from how long the team really took to join lately ({@link ReplyTimes}). Customers who
 * left the team a message instead are not in that line. Whether anyone can answer, and who left a message,
 * come from the application around the widget (the console); without it, someone always can.
 */
@Component
class CustomerStatuses {

    private final WaitingLine line;
    private final ReplyTimes replyTimes;
    private final WidgetProperties properties;
    private final TeamAvailability team;
    private final LeftMessages leftMessages;

    CustomerStatuses(WaitingLine line, ReplyTimes replyTimes, WidgetProperties properties,
                     ObjectProvider<TeamAvailability> team, ObjectProvider<LeftMessages> leftMessages) {
        this.line = line;
        this.replyTimes = replyTimes;
        this.properties = properties;
        this.team = team.getIfAvailable(() -> TeamAvailability.ALWAYS);
        this.leftMessages = leftMessages.getIfAvailable(() -> LeftMessages.NONE);
    }

    CustomerStatus of(ConversationSnapshot conversation) {
        Set<ConversationId> left = leftMessages.conversations();
        return CustomerStatus.of(conversation, positionOf(conversation.id(), left), minutesPerPlace(),
                team.awayMessage(), left.contains(conversation.id()));
    }

    /** The last week's median wait for a person, to the minute; the configured guess until anyone was served. */
    private int minutesPerPlace() {
        return replyTimes.typicalWait().map(d -> (int) Math.max(1, Math.round(d.toSeconds() / 60.0)))
                .orElse(properties.minutesPerPlaceInLine());
    }

    private int positionOf(ConversationId id, Set<ConversationId> left) {
        List<ConversationId> waiting = line.waiting().stream().filter(w -> !left.contains(w)).toList();
        return waiting.indexOf(id) + 1;
    }
}
