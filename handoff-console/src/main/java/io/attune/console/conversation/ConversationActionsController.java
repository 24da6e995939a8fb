package io.attune.console.conversation;

import io.attune.console.agent.AgentAccounts;
import io.attune.engine.ConversationEngine;
import io.attune.engine.EngineException;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ClosedBy;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Hand back to the bot, transfer, close: form posts (with CSRF) that go through the engine. */
@Controller
@RequestMapping("/console/conversations/{id}")
class ConversationActionsController {

    /** The flash attribute naming the conversation the agent just closed. */
    static final String CLOSED = "closedConversation";

    private final ConversationEngine engine;
    private final AgentAccounts accounts;
    private final ConsoleConversations conversations;

    ConversationActionsController(ConversationEngine engine, AgentAccounts accounts,
                                  ConsoleConversations conversations) {
        this.engine = engine;
        this.accounts = accounts;
        this.conversations = conversations;
    }

    @PostMapping("/hand-back")
    String handBack(@PathVariable String id, Principal agent) {
        engine.handBack(ConversationId.parse(id), agent.getName());
        return "redirect:/console";
    }

    @PostMapping("/transfer")
    String transfer(@PathVariable String id, @RequestParam String to, Principal agent) {
        var target = accounts.find(to).orElseThrow(() -> EngineException.notAllowed("There is no agent \"" + to + "\"."));
        engine.transfer(ConversationId.parse(id), agent.getName(), target.username(), target.displayName());
        return "redirect:/console";
    }

    @PostMapping("/close")
    String close(@PathVariable String id, @Valid CloseForm form, Principal agent, RedirectAttributes redirect) {
        ConversationId conversation = conversations.requireHeld(ConversationId.parse(id), agent.getName());
        engine.close(conversation, ClosedBy.AGENT, form.trimmedNote(), form.handoffNeeded());
        // the console home decides, from the load rules, whether to suggest a pause after this close
        redirect.addFlashAttribute(CLOSED, conversation.toString());
        return "redirect:/console";
    }
}
