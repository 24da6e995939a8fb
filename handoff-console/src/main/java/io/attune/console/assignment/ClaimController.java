package io.attune.console.assignment;

import io.attune.console.ConsoleApi;
import io.attune.console.agent.AgentPrincipal;
import io.attune.engine.conversation.ConversationId;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The queue's "Take" button (fetch with the CSRF header). Refusals are answered by {@code ConsoleErrors}. */
@RestController
@ConsoleApi
class ClaimController {

    private final ClaimService claims;

    ClaimController(ClaimService claims) {
        this.claims = claims;
    }

    @PostMapping("/console/conversations/{id}/claim")
    Map<String, String> claim(@PathVariable String id, @AuthenticationPrincipal AgentPrincipal agent) {
        ConversationId conversation = ConversationId.parse(id);
        claims.claim(conversation, agent);
        return Map.of("conversationId", conversation.toString(), "url", "/console/conversations/" + conversation);
    }
}
