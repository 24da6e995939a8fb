package io.attune.admin.whatif;

import io.attune.engine.handoff.PolicyTurn;
import java.util.List;

/**
 * What the what-if needs of one stored conversation.
 *
 * @param handoffNeeded the ground truth an agent or admin marked: was a person needed? null = not marked
 * @param customerTurns the customer's turns in order, as the policy reads them
 */
record StoredConversation(String id, String customerName, Boolean handoffNeeded, List<PolicyTurn> customerTurns) {

    StoredConversation {
        customerTurns = List.copyOf(customerTurns);
    }
}
