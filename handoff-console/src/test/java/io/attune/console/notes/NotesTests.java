package io.attune.console.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Private notes through HTTP: who may read and add them, CSRF, validation, and that they stay out of the transcript. */
@ConsoleAppTest
class NotesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ConversationEngine engine;
    @Autowired
    AgentAccounts accounts;
    @Autowired
    UserDetailsService users;

    AgentPrincipal nia;
    AgentPrincipal otto;
    AgentPrincipal admin;
    ConversationId id;

    @BeforeEach
    void conversationHeldByNia() {
        nia = Agents.agent(accounts, users, "nia", "Nia");
        otto = Agents.agent(accounts, users, "otto", "Otto");
        admin = (AgentPrincipal) users.loadUserByUsername("root");
        id = Conversations.heldBy(engine, "nia", "Nia", "Rosa", "My order never came");
    }

    @AfterEach
    void close() {
        engine.close(id, ClosedBy.AGENT, null, null);
    }

    @Test
    void theHoldingAgentAddsANoteThatEveryViewerReadsWithAuthorAndTime() throws Exception {
        add(nia, "Promised a refund by Friday").andExpect(status().isCreated())
                .andExpect(jsonPath("$.authorName").value("Nia")).andExpect(jsonPath("$.at").isNotEmpty());
        add(admin, "Checked with the warehouse").andExpect(status().isCreated());

        mvc.perform(get(notes()).with(user(nia))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].text").value("Promised a refund by Friday"))
                .andExpect(jsonPath("$[1].authorName").value(admin.getDisplayName()));
        mvc.perform(get("/admin/conversations/" + id).with(user(admin))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Promised a refund by Friday")));
    }

    @Test
    void aNoteNeverBecomesPartOfTheTranscript() throws Exception {
        add(nia, "Customer sounds like a reseller").andExpect(status().isCreated());

        assertThat(engine.find(id).orElseThrow().turns()).extracting(t -> t.text())
                .doesNotContain("Customer sounds like a reseller");
    }

    @Test
    void neitherAnotherAgentNorAnAnonymousVisitorReadsOrAddsNotes() throws Exception {
        add(nia, "Only for Nia and admins").andExpect(status().isCreated());

        mvc.perform(get(notes())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(post(notes()).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"hi\"}"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));

        mvc.perform(get(notes()).with(user(otto))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("not-assigned"));
        add(otto, "Sneaky").andExpect(status().isForbidden());
    }

    @Test
    void aNoteWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post(notes()).with(user(nia)).contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"hi\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get(notes()).with(user(nia))).andExpect(jsonPath("$").isEmpty());
    }

    @Test
    void aBlankOrTooLongNoteIsRefusedWithTheReason() throws Exception {
        add(nia, "   ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("The note is empty: write something before adding it."));
        add(nia, "x".repeat(2001)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("A note can be at most 2,000 characters long (this one has 2,001)."));
    }

    @Test
    void theAuthorEditsTheirNoteAndEveryViewerReadsTheNewText() throws Exception {
        String noteId = idOf(add(nia, "Refund by Friday"));

        change(put(notes() + "/" + noteId), nia, "Refund by Monday, not Friday").andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("Refund by Monday, not Friday"))
                .andExpect(jsonPath("$.editedAt").isNotEmpty());

        mvc.perform(get(notes()).with(user(admin))).andExpect(jsonPath("$[0].text").value("Refund by Monday, not Friday"))
                .andExpect(jsonPath("$.length()").value(1));
        change(put(notes() + "/" + noteId), nia, "  ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("The note is empty: write something before adding it."));
    }

    @Test
    void theAuthorDeletesTheirNote() throws Exception {
        String noteId = idOf(add(nia, "Wrong customer, ignore"));

        mvc.perform(delete(notes() + "/" + noteId).with(user(nia)).with(csrf())).andExpect(status().isNoContent());

        mvc.perform(get(notes()).with(user(nia))).andExpect(jsonPath("$").isEmpty());
        mvc.perform(delete(notes() + "/" + noteId).with(user(nia)).with(csrf())).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("unknown-note"));
    }

    @Test
    void nobodyButTheAuthorChangesOrDeletesANoteNotEvenAnAdmin() throws Exception {
        String niasNote = idOf(add(nia, "Nia's own words"));
        String adminsNote = idOf(add(admin, "The admin's words"));

        change(put(notes() + "/" + adminsNote), nia, "Rewritten by Nia").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("not-your-note"))
                .andExpect(jsonPath("$.message").value("Only the agent who wrote a note can change or delete it."));
        mvc.perform(delete(notes() + "/" + adminsNote).with(user(nia)).with(csrf())).andExpect(status().isForbidden());
        change(put(notes() + "/" + niasNote), admin, "Rewritten by the admin").andExpect(status().isForbidden());
        mvc.perform(delete(notes() + "/" + niasNote).with(user(admin)).with(csrf())).andExpect(status().isForbidden());
        change(put(notes() + "/" + niasNote), otto, "Rewritten by Otto").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("not-assigned"));
        mvc.perform(put(notes() + "/" + niasNote).with(user(nia)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"no csrf\"}")).andExpect(status().isForbidden());

        mvc.perform(get(notes()).with(user(nia))).andExpect(jsonPath("$[0].text").value("Nia's own words"))
                .andExpect(jsonPath("$[1].text").value("The admin's words"));
    }

    private org.springframework.test.web.servlet.ResultActions change(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, AgentPrincipal who,
            String text) throws Exception {
        return mvc.perform(request.with(user(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"" + text + "\"}"));
    }

    private static String idOf(org.springframework.test.web.servlet.ResultActions created) throws Exception {
        return com.jayway.jsonpath.JsonPath.read(created.andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id");
    }

    private String notes() {
        return "/console/conversations/" + id + "/notes";
    }

    private org.springframework.test.web.servlet.ResultActions add(AgentPrincipal who, String text) throws Exception {
        return mvc.perform(post(notes()).with(user(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"" + text + "\"}"));
    }
}
