package io.attune.admin.satisfaction;

import io.attune.engine.conversation.ConversationId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/** Case studies for a team meeting: the conversations whose customers' emotional needs were most likely missed. */
@Controller
@RequestMapping("/admin/case-studies")
class CaseStudiesController {

    static final Duration PERIOD = Duration.ofDays(30);
    private static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

    private final CaseStudies cases;
    private final Clock clock;

    CaseStudiesController(CaseStudies cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("cases", cases.since(clock.instant().minus(PERIOD)));
        model.addAttribute("signals", CaseStudy.Signal.values());
        return "admin/case-studies";
    }

    @GetMapping("/{id}/transcript.md")
    ResponseEntity<String> transcript(@PathVariable String id) {
        ConversationId conversation = parse(id);
        String markdown = cases.transcript(conversation).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No case study for this conversation."));
        return ResponseEntity.ok().contentType(MARKDOWN).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition
                .attachment().filename("case-study-" + conversation + ".md").build().toString()).body(markdown);
    }

    private static ConversationId parse(String id) {
        try {
            return ConversationId.parse(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such conversation.");
        }
    }
}
