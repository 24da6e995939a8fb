package io.attune.console.conversation;

import io.attune.console.agent.AgentAccount;
import io.attune.console.assignment.HeldConversation;
import io.attune.engine.load.AgentLoad;
import io.attune.engine.summary.ContextSummary;
import java.util.List;

/**
 * Everything the conversation page shows.
 *
 * @param customerEmail the email the customer gave, or null
 * @param stateLabel  the state in words ("With Dana")
 * @param mayAct      the viewer holds the conversation (an admin looking at another's can only read)
 * @param live        the customer's latest reading, or null before the customer wrote
 * @param suggestions replies fit to the latest reading
 * @param transferTo  other agents online now
 * @param suggestedTransfer for a heavy chat, the other online agent with the lightest emotional load; null otherwise
 */
record ConversationView(String id, String customerName, String customerEmail, String state, String stateLabel, String agentName,
                        boolean mayAct,
                        ContextSummary summary, List<TranscriptLine> transcript, ReadingView live,
                        List<String> suggestions, List<AgentAccount> transferTo, List<HeldConversation> mine,
                        AgentLoad suggestedTransfer) {
}
