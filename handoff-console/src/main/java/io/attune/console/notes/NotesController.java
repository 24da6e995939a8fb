package io.attune.console.notes;

import io.attune.console.ConsoleApi;
import io.attune.console.agent.AgentPrincipal;
import io.attune.engine.conversation.ConversationId;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The conversation page's notes: posted with fetch and the CSRF header; refusals answered by {@code ConsoleErrors}. */
@RestController
@ConsoleApi
@RequestMapping("/console/conversations/{id}/notes")
class NotesController {

    /** What the page posts. */
    record NoteRequest(String text) {
    }

    private final ConversationNotes notes;

    NotesController(ConversationNotes notes) {
        this.notes = notes;
    }

    @GetMapping
    List<Note> list(@PathVariable String id, @AuthenticationPrincipal AgentPrincipal viewer) {
        return notes.of(ConversationId.parse(id), viewer);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Note add(@PathVariable String id, @RequestBody(required = false) NoteRequest request,
             @AuthenticationPrincipal AgentPrincipal author) {
        return notes.add(ConversationId.parse(id), author, request == null ? null : request.text());
    }

    @PutMapping("/{noteId}")
    Note edit(@PathVariable String id, @PathVariable String noteId, @RequestBody(required = false) NoteRequest request,
              @AuthenticationPrincipal AgentPrincipal author) {
        return notes.edit(ConversationId.parse(id), noteId, author, request == null ? null : request.text());
    }

    @DeleteMapping("/{noteId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id, @PathVariable String noteId, @AuthenticationPrincipal AgentPrincipal author) {
        notes.delete(ConversationId.parse(id), noteId, author);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, String> unreadable() {
        return Map.of("code", "invalid", "message", "Send the note as JSON: {\"text\": \"...\"}.");
    }
}
