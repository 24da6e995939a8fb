package io.attune.widget.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.ConversationState;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerStatusTests {

    private final ConversationSnapshot started = ConversationSnapshot.started(ConversationId.newId(), null, Instant.now());

    @Test
    void aWaitingCustomerIsToldTheirPlaceInLineAndHowSoonTheTeamTypicallyReplies() {
        CustomerStatus status = CustomerStatus.of(started.withState(ConversationState.WAITING_FOR_AGENT, Instant.now()),
                2, 3, Optional.empty(), false);

        assertThat(status.text()).isEqualTo(
                "Connecting you to a person: you are number 2 in line. Our team typically replies in about 3 minutes.");
        assertThat(status.queuePosition()).isEqualTo(2);
        assertThat(status.waitMinutes()).isEqualTo(6);
    }

    @Test
    void theAgentIsNamedWhenTheyJoin() {
        CustomerStatus status = CustomerStatus.of(
                started.withState(ConversationState.WITH_AGENT, Instant.now()).withAgent("dana", "Dana"), 0, 3,
                Optional.empty(), false);

        assertThat(status.text()).isEqualTo("Dana has joined.");
        assertThat(status.agentName()).isEqualTo("Dana");
        assertThat(status.queuePosition()).isNull();
    }

    @Test
    void everyStateHasWordsForTheCustomer() {
        for (ConversationState state : ConversationState.values()) {
            assertThat(CustomerStatus.of(started.withState(state, Instant.now()), 1, 3, Optional.empty(), false).text())
                    .as(state.name()).isNotBlank();
        }
        assertThat(CustomerStatus.of(started, 0, 3, Optional.empty(), false).text()).isEqualTo("You are talking to the assistant.");
    }

    @Test
    void whenNobodyCanAnswerTheWaitingCustomerIsToldWhyAndOfferedToLeaveAMessage() {
        CustomerStatus status = CustomerStatus.of(started.withState(ConversationState.WAITING_FOR_AGENT, Instant.now()),
                6, 3, Optional.of("No one from our team is online right now."), false);

        assertThat(status.text()).isEqualTo("No one from our team is online right now.");
        assertThat(status.leaveMessage()).isTrue();
        assertThat(status.queuePosition()).as("no place in a line nobody serves").isNull();
    }

    @Test
    void aCustomerWhoLeftAMessageIsToldItIsWithTheTeamAndNotOfferedTheFormAgain() {
        CustomerStatus status = CustomerStatus.of(started.withState(ConversationState.WAITING_FOR_AGENT, Instant.now()),
                1, 3, Optional.of("No one from our team is online right now."), true);

        assertThat(status.text()).startsWith("Your message is with our team.");
        assertThat(status.leaveMessage()).isFalse();
    }
}
