package io.attune.widget.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attune.console.ConsoleAppTest;
import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.ConversationId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The customer's details over HTTP: checked on the server, kept with their own conversation only. */
@ConsoleAppTest
class CustomerDetailsEndpointTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ConversationEngine engine;
    @Autowired
    CustomerProfiles profiles;

    private JsonNode session(Map<String, Object> body) throws Exception {
        Map<String, Object> all = new HashMap<>(body);
        all.put("siteKey", "demo");
        return json.readTree(mvc.perform(post("/api/widget/sessions").contentType("application/json")
                .content(json.writeValueAsString(all))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void aNameAndEmailGivenWithTheTokenAreKeptWithThatConversation() throws Exception {
        JsonNode s = session(Map.of());
        ConversationId id = ConversationId.parse(s.get("conversationId").asText());

        mvc.perform(post("/api/widget/details").contentType("application/json").content(json.writeValueAsString(
                        Map.of("token", s.get("token").asText(), "name", " Alex Moreau ", "email", "alex@example.com"))))
                .andExpect(status().isOk());

        assertThat(engine.snapshot(id).orElseThrow().customerName()).isEqualTo("Alex Moreau");
        assertThat(profiles.profile(id).email()).isEqualTo("alex@example.com");
    }

    @Test
    void badDetailsAreRefusedWithAClearMessageThatNeverEchoesThem() throws Exception {
        JsonNode s = session(Map.of());
        String token = s.get("token").asText();

        String refused = mvc.perform(post("/api/widget/details").contentType("application/json").content(
                        json.writeValueAsString(Map.of("token", token, "name", "<script>x</script>\nBcc"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-details"))
                .andExpect(jsonPath("$.message").value("Your name can only be letters, spaces and punctuation."))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).doesNotContain("script");
        mvc.perform(post("/api/widget/details").contentType("application/json").content(
                        json.writeValueAsString(Map.of("token", token, "email", "x".repeat(250) + "@example.com"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value("That email address is too long."));
        assertThat(engine.snapshot(ConversationId.parse(s.get("conversationId").asText())).orElseThrow().customerName()).isNull();
    }

    @Test
    void withoutAValidTokenNoConversationIsTouched() throws Exception {
        mvc.perform(post("/api/widget/details").contentType("application/json").content("{\"name\":\"Alex\"}"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("invalid-token"));
        mvc.perform(post("/api/widget/details").contentType("application/json")
                        .content("{\"token\":\"eyJhbGciOiJIUzI1NiJ9.e30.forged\",\"name\":\"Alex\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aMessageLeftWithTheTokenGivesItsNameAndEmailToTheConversation() throws Exception {
        JsonNode s = session(Map.of());
        ConversationId id = ConversationId.parse(s.get("conversationId").asText());
        String token = s.get("token").asText();

        mvc.perform(post("/api/offline-messages").contentType("application/json").content(json.writeValueAsString(
                        Map.of("token", token, "name", "Kim", "email", "kim at example", "text", "call me"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("That email address does not look right."));
        mvc.perform(post("/api/offline-messages").contentType("application/json").content(json.writeValueAsString(
                        Map.of("token", token, "name", "Kim Ng", "email", "kim@example.com", "text", "call me"))))
                .andExpect(status().isCreated());

        assertThat(engine.snapshot(id).orElseThrow().customerName()).isEqualTo("Kim Ng");
        assertThat(profiles.profile(id).email()).isEqualTo("kim@example.com");
    }

    @Test
    void theSessionKeepsThePageAndLanguageAndAFreshChatFromTheSameBrowserListsTheEarlierOne() throws Exception {
        JsonNode first = session(Map.of("page", "/checkout", "title", "Checkout", "language", "en-GB"));
        ConversationId firstId = ConversationId.parse(first.get("conversationId").asText());
        assertThat(profiles.profile(firstId).page()).isEqualTo(new CustomerPage("/checkout", "Checkout", "en-GB"));

        JsonNode second = session(Map.of("token", first.get("token").asText(), "fresh", true, "page", "/help"));
        ConversationId secondId = ConversationId.parse(second.get("conversationId").asText());

        assertThat(secondId).isNotEqualTo(firstId);
        assertThat(second.get("resumed").asBoolean()).isFalse();
        assertThat(profiles.earlier(secondId, 10)).extracting(EarlierConversation::id).containsExactly(firstId.toString());
        assertThat(profiles.earlier(ConversationId.parse(session(Map.of()).get("conversationId").asText()), 10))
                .as("another browser is another customer").isEmpty();
    }
}
