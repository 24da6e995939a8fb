package io.attune.console.replies;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.attune.console.Agents;
import io.attune.console.ConsoleAppTest;
import io.attune.console.Conversations;
import io.attune.console.agent.AgentAccounts;
import io.attune.console.agent.AgentPrincipal;
import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ClosedBy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Saved replies: only admins edit them (with CSRF), with the reason when refused; agents get them on the conversation page. */
@ConsoleAppTest
class SavedRepliesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AgentAccounts accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    SavedReplies replies;
    @Autowired
    ConversationEngine engine;

    AgentPrincipal pia;
    AgentPrincipal admin;

    @BeforeEach
    void accounts() {
        pia = Agents.agent(accounts, users, "pia", "Pia");
        admin = (AgentPrincipal) users.loadUserByUsername("root");
    }

    @AfterEach
    void removeReplies() {
        replies.all().forEach(r -> replies.remove(r.id()));
    }

    @Test
    void anAgentNeitherSeesNorEditsSavedReplies() throws Exception {
        mvc.perform(get("/admin/replies").with(user(pia))).andExpect(status().isForbidden());
        add(pia, "Refund timing", "Refunds take 5 days.").andExpect(status().isForbidden());
        mvc.perform(get("/admin/replies").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Refund timing"))));
    }

    @Test
    void anAdminAddsChangesAndDeletesASavedReplyWithTheCsrfToken() throws Exception {
        mvc.perform(post("/admin/replies").with(user(admin)).param("title", "T").param("text", "X"))
                .andExpect(status().isForbidden());
        add(admin, "  Refund timing ", "Refunds take 5 working days.").andExpect(redirectedUrl("/admin/replies"))
                .andExpect(flash().attribute("saved", "Refund timing"));
        String id = replies.all().get(0).id();
        mvc.perform(post("/admin/replies/" + id).with(user(admin)).with(csrf())
                        .param("title", "Refund timing").param("text", "Refunds take 3 working days."))
                .andExpect(redirectedUrl("/admin/replies"));
        mvc.perform(get("/admin/replies").with(user(admin)))
                .andExpect(content().string(containsString("Refunds take 3 working days.")));

        mvc.perform(post("/admin/replies/" + id + "/delete").with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/replies"));
        mvc.perform(get("/admin/replies").with(user(admin))).andExpect(content().string(containsString("No saved replies yet.")));
    }

    @Test
    void aReplyWithoutATitleOrTooLongIsRefusedWithTheReason() throws Exception {
        add(admin, " ", "Refunds take 5 days.").andExpect(status().isOk())
                .andExpect(content().string(containsString("Give the reply a title: agents find it by its title.")));
        add(admin, "Long", "x".repeat(2001)).andExpect(status().isOk())
                .andExpect(content().string(containsString("A reply can be at most 2,000 characters long.")));
        String id = replies.add(new SavedReplyForm("Kept", "Kept text"), "root").id();
        mvc.perform(post("/admin/replies/" + id).with(user(admin)).with(csrf()).param("title", "Kept").param("text", ""))
                .andExpect(flash().attribute("refused", "Write the reply's text."));
        mvc.perform(get("/admin/replies").with(user(admin))).andExpect(content().string(containsString("Kept text")));
    }

    @Test
    void theHoldingAgentGetsTheSavedRepliesOnTheConversationPageAsText() throws Exception {
        replies.add(new SavedReplyForm("Greeting <i>", "Hello \"<script>alert(1)</script>\""), "root");
        ConversationId id = Conversations.heldBy(engine, "pia", "Pia", "Rosa", "Where is my order?");

        mvc.perform(get("/console/conversations/" + id).with(user(pia))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-text=\"Hello &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;\"")))
                .andExpect(content().string(containsString("Greeting &lt;i&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        engine.close(id, ClosedBy.AGENT, null, null);
    }

    private ResultActions add(AgentPrincipal who, String title, String text) throws Exception {
        return mvc.perform(post("/admin/replies").with(user(who)).with(csrf()).param("title", title).param("text", text));
    }
}
