package io.attune.console.offline;

/** A message was left or answered: the queue changed. */
public record OfflineMessagesChanged() {
}
