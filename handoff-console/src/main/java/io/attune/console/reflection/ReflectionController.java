package io.attune.console.reflection;

import io.attune.console.load.TeamLoad;
import io.attune.engine.conversation.ConversationId;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An agent's private reflections on a conversation they held. Only the agent who held it may open the page,
 * and it lists only their own reflections: another agent or an admin gets 403.
 */
@Controller
@RequestMapping("/console/conversations/{id}/reflection")
class ReflectionController {

    private final Reflections reflections;
    private final TeamLoad team;

    ReflectionController(Reflections reflections, TeamLoad team) {
        this.reflections = reflections;
        this.team = team;
    }

    @GetMapping
    ModelAndView show(@PathVariable String id, Principal agent) {
        return page(requireHeld(id, agent), agent, "", null, HttpStatus.OK);
    }

    @PostMapping
    ModelAndView add(@PathVariable String id, @RequestParam(defaultValue = "") String text, Principal agent,
                     RedirectAttributes redirect) {
        String conversation = requireHeld(id, agent);
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.length() > Reflection.MAX_LENGTH) {
            return page(conversation, agent, text.length() > Reflection.MAX_LENGTH ? "" : text,
                    "Write between 1 and " + Reflection.MAX_LENGTH + " characters.", HttpStatus.BAD_REQUEST);
        }
        reflections.add(conversation, agent.getName(), trimmed);
        redirect.addFlashAttribute("saved", true);
        return new ModelAndView("redirect:/console/conversations/" + conversation + "/reflection");
    }

    private String requireHeld(String id, Principal agent) {
        String conversation;
        try {
            conversation = ConversationId.parse(id).toString();
        } catch (RuntimeException notAnId) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!team.everHeld(conversation, agent.getName())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the agent who held this conversation may reflect on it.");
        }
        return conversation;
    }

    private ModelAndView page(String conversation, Principal agent, String draft, String error, HttpStatus status) {
        ModelAndView mv = new ModelAndView("console/reflection", status);
        mv.addObject("conversationId", conversation);
        mv.addObject("reflections", reflections.byAuthor(agent.getName(), conversation));
        mv.addObject("draft", draft);
        mv.addObject("error", error);
        return mv;
    }
}
