package io.attune.console.queue;

import io.attune.console.offline.OfflineMessage;
import java.util.List;

/** The whole queue as pushed to {@code /topic/console.queue}: waiting conversations, left messages, who is online. */
public record QueueView(List<QueueEntry> waiting, List<OfflineMessage> messages, List<String> onlineAgents) {
}
