package io.attune.console.coaching;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.attune.console.Agents;
import io.attune.console.ConsoleAppTest;
import io.attune.console.Conversations;
import io.attune.console.agent.AgentAccounts;
import io.attune.console.agent.AgentPrincipal;
import io.attune.console.agent.Role;
import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.ClosedBy;
import io.attune.engine.conversation.ConversationId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** POST /console/conversations/{id}/draft-review: the quiet note on a draft, for the agent who holds the chat. */
@ConsoleAppTest
class DraftReviewEndpointTests {

    static final String CURT = "{\"text\": \"Calm down, as I already said that's our policy\"}";
    static final String WARM = "{\"text\": \"I'm so sorry about this, I've asked the warehouse and will update you by 3pm today\"}";

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
    ConversationId angry;

    @BeforeEach
    void anAngryCustomerWithKai() {
        kai = Agents.agent(accounts, users, "kai", "Kai");
        ola = Agents.agent(accounts, users, "ola", "Ola");
        angry = Conversations.heldBy(engine, "kai", "Kai", "Robin", "my order never came");
        engine.customerSays(angry, "c3", "I am so angry, I have asked three times and nobody helps");
    }

    @AfterEach
    void close() {
        engine.close(angry, ClosedBy.AGENT, null, null);
    }

    @Test
    void aCurtDraftToAnAngryCustomerGetsANoteWithReasonsAndASuggestion() throws Exception {
        mvc.perform(review(angry, CURT).with(user(kai)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.note").value(true))
                .andExpect(jsonPath("$.reasons[*].cue", hasItem("DISMISSIVE")))
                .andExpect(jsonPath("$.reasons[*].text", hasItem("Sounds curt or dismissive.")))
                .andExpect(jsonPath("$.suggestion", startsWith("I'm sorry")));
    }

    @Test
    void aWarmDraftWithATimeGetsNoNote() throws Exception {
        mvc.perform(review(angry, WARM).with(user(kai)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.note").value(false))
                .andExpect(jsonPath("$.reasons").isEmpty())
                .andExpect(jsonPath("$.suggestion").value(""));
    }

    @Test
    void onlyALoggedInAgentSendingTheCsrfTokenGetsAReview() throws Exception {
        mvc.perform(review(angry, CURT).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(review(angry, CURT).with(user(kai))).andExpect(status().isForbidden());
        mvc.perform(review(angry, CURT).with(user(kai)).with(csrf())).andExpect(status().isOk());
    }

    @Test
    void anotherAgentMayNotReviewDraftsOnKaisConversationButAnAdminMay() throws Exception {
        mvc.perform(review(angry, CURT).with(user(ola)).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("not-assigned"));
        AgentPrincipal admin = Agents.account(accounts, users, "lead", "Lee", Role.ADMIN);
        mvc.perform(review(angry, CURT).with(user(admin)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.note").value(true));
    }

    @Test
    void badInputIsAClear400() throws Exception {
        mvc.perform(review(angry, "{\"text\": ").with(user(kai)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("invalid"))
                .andExpect(jsonPath("$.message").value("Send the draft as JSON: {\"text\": \"...\"}."));
        mvc.perform(review(angry, "{}").with(user(kai)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value("The draft needs a \"text\"."));
        mvc.perform(review(angry, "{\"text\": \"" + "a".repeat(2001) + "\"}").with(user(kai)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value("A draft is at most 2000 characters."));
        mvc.perform(post("/console/conversations/not-an-id/draft-review").contentType(MediaType.APPLICATION_JSON)
                        .content(CURT).with(user(kai)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("invalid"));
    }

    private static MockHttpServletRequestBuilder review(ConversationId id, String json) {
        return post("/console/conversations/" + id + "/draft-review").contentType(MediaType.APPLICATION_JSON).content(json);
    }
}
