package io.attune.widget.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.handoff.TeamAvailability;
import io.attune.widget.WidgetProperties;
import io.attune.widget.store.ReplyTimes;
import io.attune.widget.store.WaitingLine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** A customer's status as the relay sends it: the line is read only for a customer who waits in it. */
class CustomerStatusesTests {

    private final WaitingLine line = mock(WaitingLine.class);
    private final ReplyTimes replyTimes = mock(ReplyTimes.class);
    private final StaticListableBeanFactory none = new StaticListableBeanFactory();
    private final CustomerStatuses statuses = new CustomerStatuses(line, replyTimes, mock(WidgetProperties.class),
            none.getBeanProvider(TeamAvailability.class), none.getBeanProvider(LeftMessages.class));
    private final ConversationSnapshot started = ConversationSnapshot.started(ConversationId.newId(), null, Instant.now());

    @Test
    void aCustomerTalkingToTheBotIsToldSoWithoutTheLineBeingRead() {
        for (ConversationState state : List.of(ConversationState.BOT_ANSWERING, ConversationState.BOT_CLARIFYING)) {
            CustomerStatus status = statuses.of(started.withState(state, Instant.now()));

            assertThat(status.text()).isEqualTo("You are talking to the assistant.");
            assertThat(status.queuePosition()).isNull();
        }
        verifyNoInteractions(line, replyTimes);
    }

    @Test
    void aWaitingCustomerIsToldTheirPlaceAndTheTypicalWait() {
        when(line.waiting()).thenReturn(List.of(ConversationId.newId(), started.id()));
        when(replyTimes.typicalWait()).thenReturn(Optional.of(Duration.ofMinutes(4)));

        CustomerStatus status = statuses.of(started.withState(ConversationState.WAITING_FOR_AGENT, Instant.now()));

        assertThat(status.text()).isEqualTo(
                "Connecting you to a person: you are number 2 in line. Our team typically replies in about 4 minutes.");
        assertThat(status.queuePosition()).isEqualTo(2);
    }
}
