package io.attune.console.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.attune.console.Agents;
import io.attune.console.ConsoleAppTest;
import io.attune.console.Conversations;
import io.attune.console.agent.AgentAccounts;
import io.attune.console.agent.AgentPrincipal;
import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.ConversationState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Two agents press "Take" on the same conversation at the same moment, against the real database. */
@ConsoleAppTest
class ConcurrentClaimTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ConversationEngine engine;
    @Autowired
    AgentAccounts accounts;
    @Autowired
    UserDetailsService users;

    AgentPrincipal dana;
    AgentPrincipal sam;
    ExecutorService pool = Executors.newFixedThreadPool(2);

    @BeforeEach
    void agents() {
        dana = Agents.agent(accounts, users, "dana", "Dana");
        sam = Agents.agent(accounts, users, "sam", "Sam");
    }

    @AfterEach
    void release() {
        pool.shutdownNow();
    }

    @Test
    void exactlyOneOfTwoSimultaneousClaimsWinsAndTheOtherIsToldWho() throws Exception {
        for (int round = 0; round < 5; round++) {
            ConversationId id = Conversations.waiting(engine, "Alex", "Where is my parcel?");
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
            for (AgentPrincipal agent : List.of(dana, sam)) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(post("/console/conversations/" + id + "/claim").with(user(agent)).with(csrf()))
                            .andReturn().getResponse();
                }));
            }
            start.countDown();
            MockHttpServletResponse first = answers.get(0).get(20, TimeUnit.SECONDS);
            MockHttpServletResponse second = answers.get(1).get(20, TimeUnit.SECONDS);

            assertThat(List.of(first.getStatus(), second.getStatus())).containsExactlyInAnyOrder(200, 409);
            ConversationSnapshot after = engine.find(id).orElseThrow().snapshot();
            assertThat(after.state()).isEqualTo(ConversationState.WITH_AGENT);
            MockHttpServletResponse loser = first.getStatus() == 409 ? first : second;
            String winner = after.agentDisplayName();
            assertThat(loser.getContentAsString()).contains(winner + " already took this conversation.");
            assertThat(engine.find(id).orElseThrow().turns()).filteredOn(t -> t.text().endsWith("has joined the conversation."))
                    .hasSize(1);
            engine.close(id, io.attune.engine.conversation.ClosedBy.AGENT, "test over", null);
        }
    }

    @Test
    void anAgentAtTheLimitIsRefusedAnotherConversation() throws Exception {
        AgentPrincipal lee = Agents.agent(accounts, users, "busy-lee", "Lee");
        for (int i = 0; i < 2; i++) {
            ConversationId id = Conversations.waiting(engine, "Customer " + i, "Hello");
            mvc.perform(post("/console/conversations/" + id + "/claim").with(user(lee)).with(csrf()))
                    .andExpect(status().isOk());
        }
        ConversationId third = Conversations.waiting(engine, "Third", "Hello");
        mvc.perform(post("/console/conversations/" + third + "/claim").with(user(lee)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("You already have 2 conversations open.")));
        assertThat(engine.find(third).orElseThrow().state()).isEqualTo(ConversationState.WAITING_FOR_AGENT);
    }

    @Test
    void unknownAndMalformedConversationsAreExplained() throws Exception {
        mvc.perform(post("/console/conversations/" + ConversationId.newId() + "/claim").with(user(dana)).with(csrf()))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.message").value("There is no such conversation."));
        mvc.perform(post("/console/conversations/<script>/claim").with(user(dana)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value("That is not a conversation id."));
    }
}
