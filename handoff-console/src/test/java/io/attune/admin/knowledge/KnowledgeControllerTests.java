package io.attune.admin.knowledge;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
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
import io.attune.admin.knowledge.StoredKnowledge.Versioned;
import io.attune.engine.knowledge.AnswerLink;
import io.attune.engine.knowledge.IntentDefinition;
import io.attune.engine.knowledge.KnowledgeBase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(KnowledgeController.class)
class KnowledgeControllerTests {

    private static final IntentDefinition TRACK = new IntentDefinition("track_order", "ORDER",
            List.of("where is my order", "track my parcel"), "Here is how to track it.", List.of(), "order-status");
    private static final IntentDefinition REFUND = new IntentDefinition("get_refund", "REFUND",
            List.of("I want my money back"), "Refunds take <b>5</b> days.", List.of(), null);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    KnowledgeEditor editor;

    @MockitoBean
    LiveKnowledge live;

    @BeforeEach
    void saved() {
        given(editor.saved()).willReturn(new Versioned(4, new KnowledgeBase("Shop", List.of(TRACK, REFUND))));
        given(live.status()).willReturn(new KnowledgeStatus(KnowledgeStatus.State.READY, 4, 4, Instant.now(), 1234, 2,
                3, null));
    }

    @Test
    void listsTheIntentsWithTheirAnswersAsText() throws Exception {
        mvc.perform(get("/admin/knowledge").with(Admins.ada()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("track_order")))
                .andExpect(content().string(containsString("Refunds take &lt;b&gt;5&lt;/b&gt; days.")))
                .andExpect(content().string(containsString("The bot answers from version 4")));
    }

    @Test
    void showsAnIntentsExamplesOnePerLine() throws Exception {
        mvc.perform(get("/admin/knowledge/intents/track_order").with(Admins.ada()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("where is my order\ntrack my parcel")));
    }

    @Test
    void anUnknownIntentIsNotFound() throws Exception {
        mvc.perform(get("/admin/knowledge/intents/nope").with(Admins.ada())).andExpect(status().isNotFound());
    }

    @Test
    void refusesANewIntentWithoutExamplesSayingWhy() throws Exception {
        mvc.perform(post("/admin/knowledge/intents").with(Admins.ada()).with(csrf()).param("version", "4")
                        .param("name", "gift_card").param("answer", "<script>x</script>").param("examples", "  "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Intent gift_card needs at least one example")))
                .andExpect(content().string(containsString("&lt;script&gt;x&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>x</script>"))));
        verify(editor, never()).add(anyLong(), any(), anyString());
    }

    @Test
    void savesAnEditedIntentAsTheAdminAndRetrains() throws Exception {
        given(editor.replace(eq(4L), eq("track_order"), any(), eq("ada"))).willReturn(Optional.of(5L));

        mvc.perform(post("/admin/knowledge/intents/track_order").with(Admins.ada()).with(csrf()).param("version", "4")
                        .param("name", "track_order").param("category", "ORDER").param("answer", "Track it here.")
                        .param("flow", "order-status").param("examples", "where is my order\n\nmy parcel is late\n"))
                .andExpect(redirectedUrl("/admin/knowledge"));

        verify(editor).replace(4L, "track_order", new IntentDefinition("track_order", "ORDER",
                List.of("where is my order", "my parcel is late"), "Track it here.", List.of(), "order-status"), "ada");
    }

    @Test
    void refusesAJavascriptLinkBesideItsAddressFieldShowingItEscaped() throws Exception {
        mvc.perform(post("/admin/knowledge/intents/get_refund").with(Admins.ada()).with(csrf()).param("version", "4")
                        .param("name", "get_refund").param("answer", "Refunds take 5 days.")
                        .param("examples", "I want my money back")
                        .param("link1Label", "Orders").param("link1Url", "/account/orders")
                        .param("link2Label", "<b>Click</b>").param("link2Url", "javascript:alert('<x>')"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("A link cannot be saved: see the message beside it.")))
                .andExpect(content().string(containsString("id=\"link2Url-error\"")))
                .andExpect(content().string(containsString("Link 2: a link&#39;s address must start with https:// or"
                        + " with / (a path on this site); javascript: links are refused")))
                .andExpect(content().string(containsString("aria-describedby=\"link2Url-error\"")))
                .andExpect(content().string(containsString("value=\"javascript:alert(&#39;&lt;x&gt;&#39;)\"")))
                .andExpect(content().string(containsString("value=\"&lt;b&gt;Click&lt;/b&gt;\"")))
                .andExpect(content().string(not(containsString("<b>Click</b>"))));
        verify(editor, never()).replace(anyLong(), anyString(), any(), anyString());
    }

    @Test
    void refusesALinkLabelOverSixtyCharactersBesideTheLabelField() throws Exception {
        mvc.perform(post("/admin/knowledge/intents/get_refund").with(Admins.ada()).with(csrf()).param("version", "4")
                        .param("name", "get_refund").param("answer", "Refunds take 5 days.")
                        .param("examples", "I want my money back")
                        .param("link3Label", "x".repeat(61)).param("link3Url", "https://example.com/refunds"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"link3Label-error\"")))
                .andExpect(content().string(containsString("Link 3: a link&#39;s label needs 1 to 60 characters")));
        verify(editor, never()).replace(anyLong(), anyString(), any(), anyString());
    }

    @Test
    void savesTheLinksTypedInTheFormWithTheIntent() throws Exception {
        given(editor.replace(eq(4L), eq("get_refund"), any(), eq("ada"))).willReturn(Optional.of(5L));

        mvc.perform(post("/admin/knowledge/intents/get_refund").with(Admins.ada()).with(csrf()).param("version", "4")
                        .param("name", "get_refund").param("answer", "Refunds take 5 days.")
                        .param("examples", "I want my money back")
                        .param("link1Label", "Account > Orders").param("link1Url", "/account/orders")
                        .param("link2Label", "").param("link2Url", "")
                        .param("link3Label", "Returns policy").param("link3Url", "https://help.example.com/returns"))
                .andExpect(redirectedUrl("/admin/knowledge"));

        verify(editor).replace(4L, "get_refund", new IntentDefinition("get_refund", "OTHER",
                List.of("I want my money back"), "Refunds take 5 days.", List.of(), null, null,
                List.of(new AnswerLink("Account > Orders", "/account/orders"),
                        new AnswerLink("Returns policy", "https://help.example.com/returns"))), "ada");
    }
}
