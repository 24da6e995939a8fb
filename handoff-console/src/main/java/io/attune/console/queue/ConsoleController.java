package io.attune.console.queue;

import io.attune.console.ConsoleDestinations;
import io.attune.console.assignment.AgentConversations;
import io.attune.console.presence.AgentAvailability;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's home: the live queue, messages left, and the agent's own conversations. */
@Controller
class ConsoleController {

    private final AgentConversations held;
    private final AgentAvailability availability;

    ConsoleController(AgentConversations held, AgentAvailability availability) {
        this.held = held;
        this.availability = availability;
    }

    @GetMapping("/console")
    String console(Principal agent, Model model) {
        model.addAttribute("mine", held.heldBy(agent.getName()));
        model.addAttribute("mineTopic", ConsoleDestinations.agentTopic(agent.getName()));
        model.addAttribute("availability", availability.now());
        return "console/index";
    }
}
