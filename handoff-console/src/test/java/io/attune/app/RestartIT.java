package io.attune.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.Conversation;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.conversation.Turn;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stops the whole application in the middle of conversations and starts it again on the same
 * database file: every conversation continues in its state, with its full history.
 */
class RestartIT {

    @TempDir
    Path data;

    private ConfigurableApplicationContext start() {
        // as command-line arguments: default properties would lose to application.yml's database in ./data
        return new SpringApplicationBuilder(AttuneApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("attune") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--attune.security.initial-admin.password=restart-test-only");
    }

    @Test
    void afterARestartEveryConversationContinuesInItsStateWithItsFullHistory() {
        ConversationId asking;
        ConversationId waiting;
        ConversationId withAgent;
        List<Turn> before;
        try (ConfigurableApplicationContext app = start()) {
            ConversationEngine engine = app.getBean(ConversationEngine.class);
            asking = engine.open(null).id();
            engine.customerSays(asking, "a1", "where is my order?");
            waiting = engine.open(null).id();
            engine.customerSays(waiting, "w1", "I want to talk to a person please");
            withAgent = engine.open(null).id();
            engine.customerSays(withAgent, "x1", "can I speak to a human agent?");
            engine.agentJoins(withAgent, "dana", "Dana");
            engine.agentSays(withAgent, "dana", "d1", "Hi, I'm Dana. I'm looking at it now.");
            before = engine.find(withAgent).orElseThrow().turns();
        }

        try (ConfigurableApplicationContext app = start()) {
            ConversationEngine engine = app.getBean(ConversationEngine.class);

            assertThat(engine.find(asking).orElseThrow().state()).isEqualTo(ConversationState.BOT_CLARIFYING);
            assertThat(engine.find(waiting).orElseThrow().state()).isEqualTo(ConversationState.WAITING_FOR_AGENT);
            Conversation dana = engine.find(withAgent).orElseThrow();
            assertThat(dana.state()).isEqualTo(ConversationState.WITH_AGENT);
            assertThat(dana.turns()).containsExactlyElementsOf(before);

            List<Turn> answer = engine.customerSays(asking, "a2", "it's A1234567").replies();
            assertThat(answer).singleElement().satisfies(t -> assertThat(t.text()).contains("A1234567"));
            assertThat(engine.customerSays(withAgent, "x2", "thanks Dana").replies()).isEmpty();
            Turn reply = engine.agentSays(withAgent, "dana", "d2", "You're welcome!");
            assertThat(reply.seq()).isEqualTo(before.size() + 2);
        }
    }
}
