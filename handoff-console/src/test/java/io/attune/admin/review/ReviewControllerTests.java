package io.attune.admin.review;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.attune.admin.Admins;
import io.attune.admin.SeededConversations;
import io.attune.console.notes.ConversationNotes;
import io.attune.console.notes.Note;
import io.attune.console.satisfaction.SatisfactionPredictor;
import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.Conversation;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.Turn;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.handoff.HandoffPolicy;
import io.attune.engine.handoff.HandoffThresholds;
import io.attune.engine.handoff.ThresholdsSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ReviewController.class)
class ReviewControllerTests {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");
    private static final EmotionReading ANGRY = new EmotionReading(-0.7, List.of(0.6, 0.2, 0.1, 0.1, 0.0),
            Map.of(Emotion.ANGER, 0.9), Set.of());

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ConversationEngine engine;

    @MockitoBean
    ThresholdsSource thresholds;

    @MockitoBean
    ConversationNotes notes;

    @MockitoBean
    SatisfactionPredictor predictor;

    private final ConversationId id = ConversationId.newId();
    private Conversation conversation;

    @BeforeEach
    void stored() {
        Turn first = new Turn(1, io.attune.engine.conversation.Author.CUSTOMER, "Mia", "<img src=x onerror=alert(1)>",
                AT, "c1", ANGRY, "track_order", List.of());
        List<Turn> turns = List.of(first, SeededConversations.bot(2, AT),
                SeededConversations.customer(3, AT, ANGRY, "track_order"));
        conversation = new Conversation(ConversationSnapshot.started(id, "Mia", AT), turns);
        given(engine.find(id)).willReturn(Optional.of(conversation));
        given(thresholds.current()).willReturn(HandoffThresholds.defaults());
    }

    @Test
    void showsTheTranscriptAsTextWithWhatTheThresholdsInForceWouldDo() throws Exception {
        var policy = new HandoffPolicy();
        int turn = policy.firstHandoff(conversation.policyTurns(), HandoffThresholds.defaults()).orElseThrow() + 1;

        mvc.perform(get("/admin/conversations/" + id).with(Admins.ada()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")))
                .andExpect(content().string(not(containsString("<img src=x"))))
                .andExpect(content().string(containsString("sentiment -0.70, anger 0.90")))
                .andExpect(content().string(containsString("Hand over at customer turn " + turn)))
                .andExpect(content().string(containsString("not marked")));
    }

    @Test
    void showsTheAgentsPrivateNotesAsText() throws Exception {
        given(notes.of(eq(id), any())).willReturn(List.of(new Note("n1", id.toString(), "dana", "Dana",
                "Promised a <b>refund</b>", AT, null)));

        mvc.perform(get("/admin/conversations/" + id).with(Admins.ada())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Promised a &lt;b&gt;refund&lt;/b&gt;")))
                .andExpect(content().string(containsString("Dana")));
    }

    @Test
    void marksThatAPersonWasNeeded() throws Exception {
        mvc.perform(post("/admin/conversations/" + id + "/handoff-needed").with(Admins.ada()).with(csrf())
                        .param("needed", "true"))
                .andExpect(redirectedUrl("/admin/conversations/" + id));

        verify(engine).markHandoffNeeded(id, true);
    }

    @Test
    void clearsTheMark() throws Exception {
        mvc.perform(post("/admin/conversations/" + id + "/handoff-needed").with(Admins.ada()).with(csrf())
                .param("needed", "")).andExpect(status().is3xxRedirection());

        verify(engine).markHandoffNeeded(id, null);
    }

    @Test
    void anUnknownOrMalformedIdIsNotFound() throws Exception {
        mvc.perform(get("/admin/conversations/" + ConversationId.newId()).with(Admins.ada()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/conversations/not-an-id").with(Admins.ada())).andExpect(status().isNotFound());
    }
}
