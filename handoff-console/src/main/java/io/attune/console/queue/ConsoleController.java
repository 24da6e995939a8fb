package io.attune.console.queue;

import io.attune.console.ConsoleDestinations;
import io.attune.console.assignment.AgentConversations;
import io.attune.console.presence.AgentAvailability;
import io.attune.console.load.PauseAdvice;
import io.attune.console.load.TeamLoad;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's home: the live queue, messages left, and the agent's own conversations. */
@Controller
class ConsoleController {

    private final AgentConversations held;
    private final AgentAvailability availability;
    private final TeamLoad team;
    private final ConsoleQueue queue;

    ConsoleController(AgentConversations held, AgentAvailability availability, TeamLoad team, ConsoleQueue queue) {
        this.held = held;
        this.availability = availability;
        this.team = team;
        this.queue = queue;
    }

    @GetMapping("/console")
    String console(Principal agent, Model model) {
        // a flash attribute: only on the page the close redirected to, never on a reload
        Object closed = model.getAttribute(CLOSED_JUST_NOW);
        model.addAttribute("pause", closed instanceof String id ? pauseAfter(id, agent.getName()) : null);
        model.addAttribute("mine", held.heldBy(agent.getName()));
        model.addAttribute("mineTopic", ConsoleDestinations.agentTopic(agent.getName()));
        model.addAttribute("availability", availability.now());
        return "console/index";
    }

    /** Flash attribute set by the close action: {@code ConversationActionsController.CLOSED}. */
    private static final String CLOSED_JUST_NOW = "closedConversation";

    private PauseAdvice pauseAfter(String closed, String agent) {
        return team.pauseAfter(closed, agent).map(pause -> {
            List<QueueEntry> waiting = queue.current().waiting();
            Map<String, Double> peaks = new LinkedHashMap<>();
            waiting.forEach(e -> peaks.put(e.conversationId(), e.peakUpset()));
            String lighter = team.sharing().lighterNext(peaks).flatMap(id -> waiting.stream()
                    .filter(e -> e.conversationId().equals(id)).findFirst()).map(QueueEntry::customerName).orElse(null);
            return new PauseAdvice(pause.toMinutes(), lighter, "/console/conversations/" + closed + "/reflection");
        }).orElse(null);
    }
}
