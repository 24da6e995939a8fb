package io.attune.console.conversation;

import io.attune.console.agent.AgentPrincipal;
import io.attune.engine.conversation.ConversationId;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The conversation page: summary, emotion chart, transcript, reply box, actions. */
@Controller
class ConversationPageController {

    private final ConsoleConversations conversations;

    ConversationPageController(ConsoleConversations conversations) {
        this.conversations = conversations;
    }

    @GetMapping("/console/conversations/{id}")
    String conversation(@PathVariable String id, @AuthenticationPrincipal AgentPrincipal agent, Model model) {
        model.addAttribute("view", conversations.view(ConversationId.parse(id), agent));
        return "console/conversation";
    }
}
