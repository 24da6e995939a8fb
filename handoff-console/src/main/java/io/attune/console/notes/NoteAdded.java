package io.attune.console.notes;

/** Published once a note is stored; {@link NoteRelay} shows it to whoever has the conversation open. */
record NoteAdded(Note note) {
}
