package io.attune.widget.messaging;

import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.handoff.TeamAvailability;
import io.attune.widget.WidgetProperties;
import io.attune.widget.store.ReplyTimes;
import io.attune.widget.store.WaitingLine;
import java.util.List;
import java.util.Optional;
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

    /** What a status outside the line is given: none of it is shown. */
    private static final WaitingNow NOT_WAITING = new WaitingNow(List.of(), Set.of(), Optional.empty(), 1);

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

    /**
     * The status now. Only a conversation waiting for a person reads the line, the left messages, the team's
     * availability and the typical wait: no other status shows them (a bot's turn changes its state often).
     */
    CustomerStatus of(ConversationSnapshot conversation) {
        return of(conversation, conversation.state() == ConversationState.WAITING_FOR_AGENT ? now() : NOT_WAITING);
    }

    /** A status from the line as read once: a change that moves everyone in line reads it once, not per customer. */
    CustomerStatus of(ConversationSnapshot conversation, WaitingNow now) {
        return CustomerStatus.of(conversation, now.inLine().indexOf(conversation.id()) + 1, now.minutesPerPlace(),
                now.away(), now.leftMessage().contains(conversation.id()));
    }

    /** Who waits for a person now (those who left a message are not in line), whether anyone can answer, how soon. */
    WaitingNow now() {
        Set<ConversationId> left = leftMessages.conversations();
        List<ConversationId> inLine = line.waiting().stream().filter(w -> !left.contains(w)).toList();
        return new WaitingNow(inLine, left, team.awayMessage(), minutesPerPlace());
    }

    /** The last week's median wait for a person, to the minute; the configured guess until anyone was served. */
    private int minutesPerPlace() {
        return replyTimes.typicalWait().map(d -> (int) Math.max(1, Math.round(d.toSeconds() / 60.0)))
                .orElse(properties.minutesPerPlaceInLine());
    }

    /**
     * @param inLine      waiting for a person, in order, without those who left a message
     * @param leftMessage conversations whose customer left the team a message
     * @param away        why nobody can answer now; empty while someone can
     */
    record WaitingNow(List<ConversationId> inLine, Set<ConversationId> leftMessage, Optional<String> away,
                      int minutesPerPlace) {
    }
}
