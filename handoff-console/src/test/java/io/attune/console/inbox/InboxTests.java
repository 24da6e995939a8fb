package io.attune.console.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.attune.console.Agents;
import io.attune.console.ConsoleAppTest;
import io.attune.console.Conversations;
import io.attune.console.agent.AgentAccounts;
import io.attune.console.agent.AgentPrincipal;
import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ClosedBy;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The conversation list through HTTP: who sees which conversations, the filters, the search and the pages.
 * The database holds other tests' conversations, so each test's share a word of their own and search for it.
 */
@ConsoleAppTest
class InboxTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ConversationEngine engine;
    @Autowired
    AgentAccounts accounts;
    @Autowired
    UserDetailsService users;

    AgentPrincipal una;
    AgentPrincipal vic;
    AgentPrincipal admin;
    final String word = "w" + UUID.randomUUID().toString().substring(0, 8);
    final List<ConversationId> opened = new ArrayList<>();

    @BeforeEach
    void agents() {
        una = Agents.agent(accounts, users, "una", "Una");
        vic = Agents.agent(accounts, users, "vic", "Vic");
        admin = (AgentPrincipal) users.loadUserByUsername("root");
    }

    @AfterEach
    void closeTheirs() {
        opened.forEach(id -> engine.close(id, ClosedBy.AGENT, null, null));
    }

    @Test
    void anAgentSeesWaitingConversationsAndTheirOwnButNobodyElsesAndAnonymousVisitorsNone() throws Exception {
        ConversationId waiting = waiting("My order " + word + " is late");
        ConversationId unas = hold("una", "Una", "Ula", "Refund for " + word);
        ConversationId vics = hold("vic", "Vic", "Val", "Exchange " + word);
        ConversationId bots = withTheBot("Bea", "What are your delivery times? " + word);

        String html = list(una, "q=" + word);

        assertThat(html).contains(waiting.toString(), unas.toString()).doesNotContain(vics.toString(), bots.toString());
        assertThat(html).contains("href=\"/console/conversations/" + unas + "\"")
                .doesNotContain("href=\"/console/conversations/" + waiting + "\"")
                .doesNotContain("/admin/conversations/").doesNotContain("filter=bot").doesNotContain("filter=closed");
        assertThat(list(admin, "q=" + word)).contains(waiting.toString(), unas.toString(), vics.toString(), bots.toString())
                .contains("href=\"/admin/conversations/" + vics + "\"");
        mvc.perform(get("/console/conversations?q=" + word)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void filtersByStateAndSearchesTheTranscriptText() throws Exception {
        ConversationId waiting = waiting("Parcel " + word + " missing");
        ConversationId unas = hold("una", "Una", "Ula", "Refund " + word);
        ConversationId bots = withTheBot("Bea", "Do you ship to Norway? " + word);

        assertThat(list(admin, "filter=waiting&q=" + word)).contains(waiting.toString())
                .doesNotContain(unas.toString(), bots.toString());
        assertThat(list(admin, "filter=agent&q=" + word)).contains(unas.toString(), "With Una")
                .doesNotContain(waiting.toString());
        assertThat(list(admin, "filter=bot&q=" + word)).contains(bots.toString(), "With the bot");
        assertThat(list(admin, "q=" + "NORWAY? " + word.toUpperCase())).contains(bots.toString())
                .doesNotContain(waiting.toString());
        assertThat(list(admin, "q=" + word + "%25")).contains("No conversations match.");
    }

    @Test
    void pagesTwentyFiveConversationsAtATimeNewestFirst() throws Exception {
        List<ConversationId> ids = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            ids.add(withTheBot("Customer " + i, "Hello " + word));
        }

        String first = list(admin, "q=" + word);
        assertThat(first).contains(ids.get(25).toString(), ids.get(1).toString()).doesNotContain(ids.get(0).toString())
                .contains("Older").doesNotContain("Newer");
        String second = list(admin, "q=" + word + "&page=2");
        assertThat(second).contains(ids.get(0).toString()).doesNotContain(ids.get(1).toString())
                .contains("Newer").doesNotContain("Older");
    }

    private String list(AgentPrincipal viewer, String query) throws Exception {
        return mvc.perform(get("/console/conversations?" + query).with(user(viewer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private ConversationId hold(String agent, String agentName, String customer, String words) {
        ConversationId id = Conversations.heldBy(engine, agent, agentName, customer, words);
        opened.add(id);
        return id;
    }

    private ConversationId waiting(String words) {
        ConversationId id = Conversations.waiting(engine, "Wes", words);
        opened.add(id);
        return id;
    }

    private ConversationId withTheBot(String customer, String words) {
        ConversationId id = engine.open(customer).id();
        engine.customerSays(id, "c1", words);
        return id;
    }
}
