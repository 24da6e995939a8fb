package io.attune.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.attune.engine.ConversationEngine;
import io.attune.engine.CustomerTurnResult;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.Turn;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database is up but the STOMP broker relay is not (RabbitMQ down): a new chat still starts, and a
 * customer's message is still stored and answered, though no live update can be sent.
 */
class BrokerOutageIT {

    @Test
    void withTheBrokerDownAChatStartsAndAMessageIsStoredAndAnswered() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort(); // nothing listens here once the probe closes
        }
        try (Instances instances = new Instances()) {
            ConfigurableApplicationContext instance = instances.start("--attune.messaging.relay-port=" + closedPort);

            JsonNode session = Instances.widgetSession(instance, null);
            ConversationId id = ConversationId.parse(session.get("conversationId").asText());
            ConversationEngine engine = instance.getBean(ConversationEngine.class);
            CustomerTurnResult answer = engine.customerSays(id, "during-outage", "what delivery options do you have");

            assertThat(answer.replies()).isNotEmpty();
            assertThat(engine.find(id).orElseThrow().turns()).extracting(Turn::clientId).contains("during-outage");
        }
    }
}
