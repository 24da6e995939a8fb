package io.attune.console.notes;

import io.attune.console.ConsoleDestinations;
import io.attune.engine.conversation.ConversationId;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Shows a new note to everyone who has the conversation open in the console: its console topic only, which
 * {@code MessageRules} lets its agent and admins subscribe to. The customer's topic never carries notes.
 */
@Component
class NoteRelay {

    /** {@code {"type":"note", "note": {...}}} on the conversation's console topic. */
    record NoteSignal(String type, Note note) {
        NoteSignal(Note note) {
            this("note", note);
        }
    }

    /** {@code {"type":"note-edited", "note": {...}}} or {@code {"type":"note-deleted", "note": {...}}}. */
    record NoteChangeSignal(String type, Note note) {
    }

    private final SimpMessagingTemplate messaging;

    NoteRelay(SimpMessagingTemplate messaging) {
        this.messaging = messaging;
    }

    @EventListener
    void added(NoteAdded event) {
        messaging.convertAndSend(ConsoleDestinations.topic(ConversationId.parse(event.note().conversationId())),
                new NoteSignal(event.note()));
    }

    @EventListener
    void changed(NoteChanged event) {
        messaging.convertAndSend(ConsoleDestinations.topic(ConversationId.parse(event.note().conversationId())),
                new NoteChangeSignal(event.deleted() ? "note-deleted" : "note-edited", event.note()));
    }
}
