package io.attune.console.reflection;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.attune.admin.Admins;
import io.attune.console.load.TeamLoad;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

// The console's other tests start the whole application; this slice names its one controller (no app class above it).
@WebMvcTest(ReflectionController.class)
@ContextConfiguration(classes = ReflectionController.class)
class ReflectionControllerTests {

    private static final String ID = UUID.randomUUID().toString();

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Reflections reflections;
    @MockitoBean
    TeamLoad team;

    @Test
    void theAgentWhoHeldTheConversationReadsOnlyTheirOwnReflections() throws Exception {
        given(team.everHeld(ID, "ada")).willReturn(true);
        given(reflections.byAuthor("ada", ID)).willReturn(List.of(new Reflection("r1", ID, "ada", "I kept calm.", Instant.now())));
        mvc.perform(get("/console/conversations/" + ID + "/reflection").with(Admins.ada()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("I kept calm.")));
        verify(reflections).byAuthor("ada", ID);
    }

    @Test
    void anyoneWhoDidNotHoldItIsRefusedAndNothingIsRead() throws Exception {
        given(team.everHeld(ID, "ada")).willReturn(false);
        mvc.perform(get("/console/conversations/" + ID + "/reflection").with(Admins.ada())).andExpect(status().isForbidden());
        mvc.perform(post("/console/conversations/" + ID + "/reflection").with(Admins.ada()).with(csrf()).param("text", "mine"))
                .andExpect(status().isForbidden());
        verify(reflections, never()).byAuthor(anyString(), anyString());
        verify(reflections, never()).add(anyString(), anyString(), anyString());
    }

    @Test
    void aBlankOrOverlongReflectionIsRefusedWithAClearMessage() throws Exception {
        given(team.everHeld(ID, "ada")).willReturn(true);
        mvc.perform(post("/console/conversations/" + ID + "/reflection").with(Admins.ada()).with(csrf()).param("text", "   "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Write between 1 and 4000 characters.")));
        mvc.perform(post("/console/conversations/" + ID + "/reflection").with(Admins.ada()).with(csrf())
                        .param("text", "<b>x</b>".repeat(600)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(not(containsString("<b>x</b>"))));
        verify(reflections, never()).add(anyString(), anyString(), anyString());
    }

    @Test
    void aSavedReflectionIsStoredAsTheAuthorsOwn() throws Exception {
        given(team.everHeld(ID, "ada")).willReturn(true);
        mvc.perform(post("/console/conversations/" + ID + "/reflection").with(Admins.ada()).with(csrf())
                        .param("text", "  It was hard.  "))
                .andExpect(redirectedUrl("/console/conversations/" + ID + "/reflection"));
        verify(reflections).add(ID, "ada", "It was hard.");
    }
}
