package io.attune.console.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.attune.console.Agents;
import io.attune.console.ConsoleAppTest;
import io.attune.console.agent.AgentAccounts;
import io.attune.console.agent.AgentPrincipal;
import io.attune.engine.ConversationEngine;
import io.attune.widget.token.CustomerTokens;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** With no agent online, customers are told so honestly and can leave a message that waits in the queue. */
@ConsoleAppTest
class LeaveMessageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AgentAccounts accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectMapper json;
    @Autowired
    CustomerTokens tokens;
    @Autowired
    ConversationEngine engine;

    @Test
    void withNobodyOnlineTheCustomerIsToldAndMayLeaveAMessage() throws Exception {
        mvc.perform(get("/api/availability")).andExpect(status().isOk())
                .andExpect(jsonPath("$.available").value(false))
                .andExpect(jsonPath("$.reason").value("NO_AGENT_ONLINE"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("Leave a message")));
    }

    @Test
    void aLeftMessageWaitsInTheQueueUntilAnAgentAnswersIt() throws Exception {
        AgentPrincipal noa = Agents.agent(accounts, users, "noa", "Noa");
        String body = json.writeValueAsString(Map.of("email", "kim@example.com", "text", "<b>Call me</b> about order A1"));
        String id = json.readTree(mvc.perform(post("/api/offline-messages").contentType("application/json").content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asText();

        String queue = mvc.perform(get("/console/queue").with(user(noa))).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(queue).get("messages").findValuesAsText("id")).contains(id);
        assertThat(queue).contains("kim@example.com");

        mvc.perform(post("/console/messages/" + id + "/answered").with(user(noa)).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(post("/console/messages/" + id + "/answered").with(user(noa)).with(csrf()))
                .andExpect(status().isNotFound());
        String after = mvc.perform(get("/console/queue").with(user(noa))).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(after).get("messages").findValuesAsText("id")).doesNotContain(id);
    }

    @Test
    void aMessageWithoutAWayToReplyOrTooLongIsExplainedNotStored() throws Exception {
        mvc.perform(post("/api/offline-messages").contentType("application/json").content("{\"text\":\"hello\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("Leave your email or your name so we can get back to you."));
        String tooLong = json.writeValueAsString(Map.of("name", "Kim", "text", "x".repeat(2001)));
        mvc.perform(post("/api/offline-messages").contentType("application/json").content(tooLong))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("Keep your message under 2,000 characters."));
        mvc.perform(post("/api/offline-messages").contentType("application/json").content("{not json"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void oneAddressMayLeaveOnlyAFewMessagesAndIsToldWhenToTryAgain() throws Exception {
        String body = json.writeValueAsString(Map.of("name", "Flo", "text", "Please call me"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/api/offline-messages").contentType("application/json").content(body)
                    .with(from("192.0.2.55"))).andExpect(status().isCreated());
        }

        mvc.perform(post("/api/offline-messages").contentType("application/json").content(body).with(from("192.0.2.55")))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("too-many-messages"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("Please wait")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().exists("Retry-After"));
        mvc.perform(post("/api/offline-messages").contentType("application/json").content(body).with(from("192.0.2.56")))
                .andExpect(status().isCreated());
    }

    @Test
    void oneChatMayLeaveOnlyAFewMessagesEvenFromManyAddresses() throws Exception {
        String token = tokens.issue(engine.open(null).snapshot().id(), "customer-of-many-addresses");
        String fromChat = json.writeValueAsString(Map.of("name", "Flo", "text", "Please call me", "token", token));
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/api/offline-messages").contentType("application/json").content(fromChat)
                    .with(from("192.0.2.6" + i))).andExpect(status().isCreated());
        }

        mvc.perform(post("/api/offline-messages").contentType("application/json").content(fromChat).with(from("192.0.2.63")))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("too-many-messages"))
                .andExpect(jsonPath("$.message").value("We already have your messages. Please wait a little before leaving another."));
        String withoutChat = json.writeValueAsString(Map.of("name", "Gus", "text", "Please call me"));
        mvc.perform(post("/api/offline-messages").contentType("application/json").content(withoutChat)
                .with(from("192.0.2.63"))).andExpect(status().isCreated());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
