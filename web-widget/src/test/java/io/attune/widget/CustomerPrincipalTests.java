package io.attune.widget;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.engine.conversation.ConversationId;
import org.junit.jupiter.api.Test;

class CustomerPrincipalTests {

    private final ConversationId own = ConversationId.newId();
    private final ConversationId other = ConversationId.newId();
    private final CustomerPrincipal customer = new CustomerPrincipal(own);

    @Test
    void subscribesToItsOwnConversationAndPrivateQueuesOnly() {
        assertThat(customer.maySubscribe("/topic/conversation." + own)).isTrue();
        assertThat(customer.maySubscribe("/user/queue/errors")).isTrue();
        assertThat(customer.maySubscribe("/user/queue/history")).isTrue();

        assertThat(customer.maySubscribe("/topic/conversation." + other)).isFalse();
        assertThat(customer.maySubscribe("/topic/console.queue")).isFalse();
        assertThat(customer.maySubscribe("/topic/console.conversation." + own)).isFalse();
        assertThat(customer.maySubscribe("/topic/conversation.*")).isFalse();
        assertThat(customer.maySubscribe("/topic/conversation." + own + ".extra")).isFalse();
        assertThat(customer.maySubscribe(null)).isFalse();
    }

    @Test
    void sendsOnlyToItsOwnConversationsAppDestinations() {
        for (String what : new String[] {"messages", "typing", "history", "survey", "close"}) {
            assertThat(customer.maySend("/app/conversation." + own + "." + what)).as(what).isTrue();
            assertThat(customer.maySend("/app/conversation." + other + "." + what)).as(what).isFalse();
        }
        assertThat(customer.maySend("/topic/conversation." + own)).as("straight to the broker").isFalse();
        assertThat(customer.maySend("/user/queue/errors")).isFalse();
        assertThat(customer.maySend("/app/console.conversation." + own + ".messages")).isFalse();
        assertThat(customer.maySend("/app/conversation." + own + ".delete")).isFalse();
    }

    @Test
    void itsNameCannotBeMistakenForAnAgent() {
        assertThat(customer.getName()).isEqualTo("customer:" + own);
        assertThat(new CustomerAuthentication(customer).getAuthorities()).extracting(Object::toString)
                .containsExactly(CustomerAuthentication.ROLE);
    }
}
