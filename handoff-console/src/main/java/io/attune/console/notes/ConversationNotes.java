package io.attune.console.notes;

import io.attune.console.agent.AgentPrincipal;
import io.attune.console.ConsoleViewers;
import io.attune.engine.ConversationEngine;
import io.attune.engine.EngineException;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Private notes: whoever may open the conversation in the console (its agent, any admin) reads and adds them.
 * A note never becomes a turn, so nothing of it reaches the customer's destinations.
 */
@Service
public class ConversationNotes {

    private final ConversationEngine engine;
    private final NoteRows rows;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConversationNotes(ConversationEngine engine, NoteRows rows, ApplicationEventPublisher events) {
        this.engine = engine;
        this.rows = rows;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    /** @throws EngineException "unknown-conversation", "not-assigned", or "invalid-note" with the reason */
    public Note add(ConversationId id, AgentPrincipal author, String text) {
        requireViewer(id, author);
        Note note = new Note(UUID.randomUUID().toString(), id.toString(), author.getUsername(),
                author.getDisplayName(), NoteText.checked(text), clock.instant(), null);
        rows.insert(note);
        events.publishEvent(new NoteAdded(note));
        return note;
    }

    /** Its author corrects a note. @throws EngineException as {@link #add}, "unknown-note" or "not-your-note" */
    public Note edit(ConversationId id, String noteId, AgentPrincipal author, String text) {
        Note note = authorsOwn(id, noteId, author);
        Note edited = note.edited(NoteText.checked(text), clock.instant());
        rows.update(edited);
        events.publishEvent(new NoteChanged(edited, false));
        return edited;
    }

    /** Its author deletes a note. @throws EngineException "unknown-conversation", "not-assigned", "unknown-note" or "not-your-note" */
    public void delete(ConversationId id, String noteId, AgentPrincipal author) {
        Note note = authorsOwn(id, noteId, author);
        rows.delete(note);
        events.publishEvent(new NoteChanged(note, true));
    }

    private Note authorsOwn(ConversationId id, String noteId, AgentPrincipal author) {
        requireViewer(id, author);
        Note note = rows.find(id, noteId).orElseThrow(
                () -> new EngineException("unknown-note", "That note is not on this conversation (it may have been deleted)."));
        if (!note.mayBeChangedBy(author.getUsername())) {
            throw new EngineException("not-your-note", "Only the agent who wrote a note can change or delete it.");
        }
        return note;
    }

    /** @throws EngineException "unknown-conversation" or "not-assigned" */
    public List<Note> of(ConversationId id, AgentPrincipal viewer) {
        requireViewer(id, viewer);
        return rows.of(id);
    }

    private void requireViewer(ConversationId id, AgentPrincipal viewer) {
        ConversationSnapshot s = engine.snapshot(id).orElseThrow(EngineException::unknownConversation);
        if (!ConsoleViewers.mayView(s, viewer)) {
            throw EngineException.notAssigned();
        }
    }
}
