package io.attune.console.notes;

/** Published once a note's edit or deletion is stored; {@link NoteRelay} shows it to whoever has the conversation open. */
record NoteChanged(Note note, boolean deleted) {
}
