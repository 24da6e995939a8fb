package io.attune.widget.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.ConversationState;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CustomerStatusTests {

    private final ConversationSnapshot started = ConversationSnapshot.started(ConversationId.newId(), null, Instant.now());

    @Test
    void aWaitingCustomerIsToldTheirPlaceInLineAndTheWait() {
        CustomerStatus status = CustomerStatus.of(started.withState(ConversationState.WAITING_FOR_AGENT, Instant.now()), 2, 3);

        assertThat(status.text()).isEqualTo("Connecting you to a person. You are number 2 in line, about 6 minutes.");
        assertThat(status.queuePosition()).isEqualTo(2);
        assertThat(status.waitMinutes()).isEqualTo(6);
    }

    @Test
    void theAgentIsNamedWhenTheyJoin() {
        CustomerStatus status = CustomerStatus.of(
                started.withState(ConversationState.WITH_AGENT, Instant.now()).withAgent("dana", "Dana"), 0, 3);

        assertThat(status.text()).isEqualTo("Dana has joined.");
        assertThat(status.agentName()).isEqualTo("Dana");
        assertThat(status.queuePosition()).isNull();
    }

    @Test
    void everyStateHasWordsForTheCustomer() {
        for (ConversationState state : ConversationState.values()) {
            assertThat(CustomerStatus.of(started.withState(state, Instant.now()), 1, 3).text()).as(state.name())
                    .isNotBlank();
        }
        assertThat(CustomerStatus.of(started, 0, 3).text()).isEqualTo("You are talking to the assistant.");
    }
}
