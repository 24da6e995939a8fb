package io.attune.console.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.attune.console.Agents;
import io.attune.console.ConsoleAppTest;
import io.attune.console.Conversations;
import io.attune.console.agent.AgentAccounts;
import io.attune.console.agent.AgentPrincipal;
import io.attune.console.agent.Role;
import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.ConversationState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The conversation page as an agent sees it, and the actions on it. */
@ConsoleAppTest
class ConversationPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ConversationEngine engine;
    @Autowired
    AgentAccounts accounts;
    @Autowired
    UserDetailsService users;

    AgentPrincipal kai;
    AgentPrincipal ola;

    @BeforeEach
    void agents() {
        kai = Agents.agent(accounts, users, "kai", "Kai");
        ola = Agents.agent(accounts, users, "ola", "Ola");
    }

    @Test
    void scriptInAMessageShowsAsTextNeverAsMarkup() throws Exception {
        ConversationId id = Conversations.heldBy(engine, "kai", "Kai", "<b>Mallory</b>", "<script>alert(1)</script>");

        String html = page(id, kai);

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)</script>");
        assertThat(html).contains("&lt;b&gt;Mallory&lt;/b&gt;").doesNotContain("<b>Mallory</b>");
        close(id, kai);
    }

    @Test
    void showsSummaryChartTranscriptReplyBoxAndEmotionFitSuggestions() throws Exception {
        ConversationId id = Conversations.heldBy(engine, "kai", "Kai", "Robin", "I am so angry, my order never came");

        String html = page(id, kai);

        assertThat(html).contains("data-test=\"summary\"", "data-test=\"emotion-chart\"", "data-test=\"transcript\"",
                "data-test=\"reply-box\"", "data-test=\"send\"", "data-test=\"hand-back\"");
        assertThat(html).contains("I am so angry, my order never came").contains("data-emotion=\"ANGER\"");
        assertThat(html).as("the handoff turn is marked").contains("handed over here");
        assertThat(html).as("the last customer turn asked for a person: the agent introduces themself")
                .contains("I&#39;m Kai");
        close(id, kai);
    }

    @Test
    void anAgentCannotOpenAnotherAgentsConversationButAnAdminCanWatch() throws Exception {
        ConversationId id = Conversations.heldBy(engine, "kai", "Kai", "Robin", "Hello");

        mvc.perform(get("/console/conversations/" + id).with(user(ola))).andExpect(status().isForbidden());
        AgentPrincipal admin = Agents.account(accounts, users, "watcher", "Wren", Role.ADMIN);
        String html = mvc.perform(get("/console/conversations/" + id).with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("only its agent can reply").doesNotContain("data-test=\"reply-box\"");
        close(id, kai);
    }

    @Test
    void closingRecordsTheNoteAndWhetherAPersonWasNeeded() throws Exception {
        ConversationId id = Conversations.heldBy(engine, "kai", "Kai", "Robin", "Hello");

        mvc.perform(post("/console/conversations/" + id + "/close").with(user(ola)).with(csrf())
                .param("note", "not mine").param("needed", "no")).andExpect(status().isForbidden());
        mvc.perform(post("/console/conversations/" + id + "/close").with(user(kai)).with(csrf())
                .param("note", "refund issued").param("needed", "yes")).andExpect(redirectedUrl("/console"));

        ConversationSnapshot closed = engine.find(id).orElseThrow().snapshot();
        assertThat(closed.state()).isEqualTo(ConversationState.SURVEY);
        assertThat(closed.closeNote()).isEqualTo("refund issued");
        assertThat(closed.handoffNeeded()).isTrue();
    }

    @Test
    void handingBackGivesTheConversationToTheBot() throws Exception {
        ConversationId id = Conversations.heldBy(engine, "kai", "Kai", "Robin", "Hello");

        mvc.perform(post("/console/conversations/" + id + "/hand-back").with(user(kai)).with(csrf()))
                .andExpect(redirectedUrl("/console"));

        assertThat(engine.find(id).orElseThrow().state()).isEqualTo(ConversationState.BOT_ANSWERING);
    }

    @Test
    void transferringPassesTheConversationToAnotherAgent() throws Exception {
        ConversationId id = Conversations.heldBy(engine, "kai", "Kai", "Robin", "Hello");

        mvc.perform(post("/console/conversations/" + id + "/transfer").with(user(kai)).with(csrf()).param("to", "nobody"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/conversations/" + id + "/transfer").with(user(kai)).with(csrf()).param("to", "ola"))
                .andExpect(redirectedUrl("/console"));

        assertThat(engine.find(id).orElseThrow().snapshot().agentUsername()).isEqualTo("ola");
        assertThat(page(id, ola)).contains("Kai passed the conversation to Ola.");
        mvc.perform(get("/console/conversations/" + id).with(user(kai))).andExpect(status().isForbidden());
        close(id, ola);
    }

    private String page(ConversationId id, AgentPrincipal agent) throws Exception {
        return mvc.perform(get("/console/conversations/" + id).with(user(agent))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private void close(ConversationId id, AgentPrincipal agent) throws Exception {
        mvc.perform(post("/console/conversations/" + id + "/close").with(user(agent)).with(csrf()).param("needed", ""));
    }
}
