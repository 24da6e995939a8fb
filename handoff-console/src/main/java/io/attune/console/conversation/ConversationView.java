package io.attune.console.conversation;

import io.attune.console.agent.AgentAccount;
import io.attune.console.assignment.HeldConversation;
import io.attune.engine.load.AgentLoad;
import io.attune.engine.summary.ContextSummary;
import io.attune.widget.customer.CustomerProfile;
import io.attune.widget.customer.EarlierConversation;
import java.util.List;

/**
 * Everything the conversation page shows.
 *
 * @param customer    what the customer told us (email) and where they chat from (page, language)
 * @param stateLabel  the state in words ("With Dana")
 * @param mayAct      the viewer holds the conversation (an admin looking at another's can only read)
 * @param live        the customer's latest reading, or null before the customer wrote
 * @param suggestions replies fit to the latest reading
 * @param transferTo  other agents online now
 * @param earlier     the same browser's earlier conversations, newest first
 * @param suggestedTransfer for a heavy chat, the other online agent with the lightest emotional load; null otherwise
 */
record ConversationView(String id, String customerName, CustomerProfile customer, String state, String stateLabel, String agentName,
                        boolean mayAct,
                        ContextSummary summary, List<TranscriptLine> transcript, ReadingView live,
                        List<String> suggestions, List<AgentAccount> transferTo, List<HeldConversation> mine,
                        AgentLoad suggestedTransfer, List<Earlier> earlier) {

    /** The name shown until the customer gives one. */
    static final String ANONYMOUS = "Anonymous customer";

    /**
     * A returning customer's earlier conversation; {@code href} is its review for an admin, its page for the
     * agent who holds it now, and null for anyone else (an agent may open only the conversations they hold).
     */
    record Earlier(EarlierConversation conversation, String href) {
    }

    /** "/checkout — Checkout · en-GB", the parts known; null when none is. */
    public String from() {
        return customer.page().inWords();
    }
}
