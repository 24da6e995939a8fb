package io.attune.console.inbox;

import io.attune.console.agent.AgentPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /console/conversations}: every conversation this agent or admin may see, filtered, searched, in pages. */
@Controller
class InboxController {

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/console/conversations")
    String list(@RequestParam(required = false) String filter, @RequestParam(required = false) String q,
                @RequestParam(required = false) String page, @AuthenticationPrincipal AgentPrincipal viewer,
                Model model) {
        model.addAttribute("inbox", inbox.list(InboxRequest.of(filter, q, page), viewer));
        model.addAttribute("filters", inbox.filtersFor(viewer));
        return "console/conversations";
    }
}
