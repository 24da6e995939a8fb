package io.attune.console.conversation;

import io.attune.console.agent.AgentPrincipal;
import io.attune.console.notes.ConversationNotes;
import io.attune.console.replies.SavedReplies;
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
    private final ConversationNotes notes;
    private final SavedReplies savedReplies;

    ConversationPageController(ConsoleConversations conversations, ConversationNotes notes, SavedReplies savedReplies) {
        this.conversations = conversations;
        this.notes = notes;
        this.savedReplies = savedReplies;
    }

    @GetMapping("/console/conversations/{id}")
    String conversation(@PathVariable String id, @AuthenticationPrincipal AgentPrincipal agent, Model model) {
        ConversationId conversation = ConversationId.parse(id);
        model.addAttribute("view", conversations.view(conversation, agent));
        model.addAttribute("notes", notes.of(conversation, agent));
        model.addAttribute("savedReplies", savedReplies.all());
        return "console/conversation";
    }
}
