package io.attune.admin.review;

import io.attune.console.agent.AgentPrincipal;
import io.attune.console.notes.ConversationNotes;
import io.attune.console.satisfaction.SatisfactionPredictor;
import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.Conversation;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.handoff.HandoffPolicy;
import io.attune.engine.handoff.ThresholdsSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One stored conversation for an admin: the transcript with its readings, its predicted satisfaction with the turns
 * that moved it, and the ground-truth mark (was a person needed?) that the what-if counts catches and false alarms
 * against.
 */
@Controller
@RequestMapping("/admin/conversations/{id}")
class ReviewController {

    private final ConversationEngine engine;
    private final ThresholdsSource thresholds;
    private final ConversationNotes notes;
    private final SatisfactionPredictor predictor;
    private final HandoffPolicy policy = new HandoffPolicy();

    ReviewController(ConversationEngine engine, ThresholdsSource thresholds, ConversationNotes notes,
                     SatisfactionPredictor predictor) {
        this.engine = engine;
        this.thresholds = thresholds;
        this.notes = notes;
        this.predictor = predictor;
    }

    @GetMapping
    String show(@PathVariable String id, @AuthenticationPrincipal AgentPrincipal admin, Model model) {
        Conversation conversation = engine.find(parse(id)).orElseThrow(ReviewController::notFound);
        model.addAttribute("review", ConversationReview.of(conversation, policy, thresholds.current()));
        model.addAttribute("notes", notes.of(conversation.id(), admin));
        model.addAttribute("predicted", predictor.of(conversation).orElse(null));
        return "admin/conversation";
    }

    /** {@code needed}: "true", "false", or empty to clear the mark. */
    @PostMapping("/handoff-needed")
    String mark(@PathVariable String id, @RequestParam(defaultValue = "") String needed, RedirectAttributes redirect) {
        ConversationId conversation = parse(id);
        engine.find(conversation).orElseThrow(ReviewController::notFound);
        engine.markHandoffNeeded(conversation, needed.isEmpty() ? null : Boolean.valueOf(needed));
        redirect.addFlashAttribute("marked", true);
        return "redirect:/admin/conversations/" + conversation;
    }

    private static ConversationId parse(String id) {
        try {
            return ConversationId.parse(id);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No such conversation");
    }
}
