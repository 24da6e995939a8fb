package io.attune.engine.satisfaction;

import io.attune.engine.conversation.ClosedBy;
import io.attune.engine.conversation.Conversation;
import io.attune.engine.conversation.HandoffRecord;
import io.attune.engine.conversation.Turn;
import io.attune.engine.handoff.PolicyTurn;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An ended conversation as the predicted satisfaction reads it, before it is summed up in a {@link ConversationArc}:
 * the upset of each customer turn, oldest first, and how it ended. Kept turn by turn so that a prediction can be
 * explained by the turns that moved it ({@link SatisfactionModel#explain}).
 *
 * @param customerUpsets the upset of each customer turn ({@link Turn#upset})
 * @param waited         from the handoff to the agent joining, or to the end when nobody joined
 * @param botFailures    the customer turns the bot did not understand while it held the conversation
 */
public record EndedConversation(List<Double> customerUpsets, boolean handedOver, boolean agentJoined, Duration waited,
                                int botFailures, ClosedBy closedBy) {

    public EndedConversation {
        customerUpsets = List.copyOf(customerUpsets);
    }

    /**
     * A stored conversation once it has ended; empty while it is open (the model reads how it ended). The end is its
     * last turn (the closing line). Bot failures are counted up to the handoff turn, as the bot held it until then;
     * turns with no intent stored were not judged and do not count.
     */
    public static Optional<EndedConversation> of(Conversation conversation) {
        if (conversation.state().isOpen()) {
            return Optional.empty();
        }
        var snapshot = conversation.snapshot();
        HandoffRecord handoff = snapshot.handoff();
        List<Turn> customer = conversation.customerTurns();
        Instant end = conversation.turns().isEmpty() ? snapshot.updatedAt()
                : conversation.turns().get(conversation.turns().size() - 1).at();
        Duration waited = handoff == null || handoff.at() == null ? Duration.ZERO
                : Duration.between(handoff.at(), handoff.joinedAt() != null ? handoff.joinedAt() : end);
        int failures = (int) customer.stream().filter(t -> handoff == null || t.seq() <= handoff.atSeq())
                .filter(t -> t.intent() != null && !PolicyTurn.understood(t.intent())).count();
        return Optional.of(new EndedConversation(customer.stream().map(Turn::upset).toList(),
                handoff != null, handoff != null && handoff.joinedAt() != null, waited, failures, snapshot.closedBy()));
    }

    public ConversationArc arc() {
        return ConversationArc.of(customerUpsets, handedOver, agentJoined, waited, botFailures, closedBy);
    }

    /** The same conversation as if the customer had not written their turn {@code index} (0-based, among theirs). */
    public EndedConversation without(int index) {
        List<Double> rest = new ArrayList<>(customerUpsets);
        rest.remove(index);
        return new EndedConversation(rest, handedOver, agentJoined, waited, botFailures, closedBy);
    }
}
