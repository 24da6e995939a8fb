package io.attune.console.coaching;

import io.attune.console.ConsoleApi;
import io.attune.console.agent.AgentPrincipal;
import io.attune.engine.coaching.DraftReview;
import io.attune.engine.conversation.ConversationId;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reply box's quiet note: the console posts the draft as the agent types (fetch with the CSRF header).
 * It never blocks sending. Refusals are answered by {@code ConsoleErrors}.
 */
@RestController
@ConsoleApi
class DraftReviewController {

    /** What the console posts. */
    record DraftRequest(String text) {
    }

    /** One reason for the note: the cue and the line shown to the agent. */
    record Reason(String cue, String text) {
    }

    /** What the console shows: the note or nothing. */
    record DraftReviewResponse(boolean note, List<Reason> reasons, String suggestion) {

        static DraftReviewResponse of(DraftReview review) {
            return new DraftReviewResponse(review.note(),
                    review.reasons().stream().map(c -> new Reason(c.name(), c.explanation())).toList(), review.suggestion());
        }
    }

    private final DraftReviews reviews;

    DraftReviewController(DraftReviews reviews) {
        this.reviews = reviews;
    }

    @PostMapping("/console/conversations/{id}/draft-review")
    DraftReviewResponse review(@PathVariable String id, @RequestBody(required = false) DraftRequest draft,
                               @AuthenticationPrincipal AgentPrincipal agent) {
        return DraftReviewResponse.of(reviews.review(ConversationId.parse(id), agent, draft == null ? null : draft.text()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, String> unreadable() {
        return Map.of("code", "invalid", "message", "Send the draft as JSON: {\"text\": \"...\"}.");
    }
}
