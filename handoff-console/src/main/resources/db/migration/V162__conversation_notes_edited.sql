-- A private note's author may correct it (io.attune.console.notes): when it was last changed; null while as written.
alter table conversation_notes add column edited_at timestamp with time zone;
