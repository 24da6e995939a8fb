package io.attune.console.queue;

import io.attune.console.Previews;
import java.time.Instant;
import java.util.List;

/**
 * A conversation waiting for a person, as the queue shows it.
 *
 * @param reasons   why it was handed over, in words
 * @param emotion   at the handoff turn: the strongest negative emotion, or the strongest overall when no
 *                  negative one is noticeable
 * @param felt      that emotion's intensity, 0..1
 * @param intensity the strongest negative emotion's intensity at the handoff turn, 0..1
 * @param priority  higher first: intensity plus {@link #PRIORITY_PER_MINUTE} per minute waited
 * @param peakUpset the strongest negative emotion in any of the customer's turns so far, 0..1
 * @param heavy     whether that peak makes it a heavy chat under the admin's load rules
 * @param suggestedAgent for a heavy chat, the display name of the online agent with the lightest emotional load
 *                       (each heavy chat counted as taken before the next is suggested); null otherwise. A suggestion:
 *                       anyone may claim it
 * @param lastMessage the customer's latest message, shortened to {@link Previews#LENGTH} characters: what the agent
 *                    will answer first
 */
public record QueueEntry(String conversationId, String customerName, List<String> reasons, String emotion,
                         double felt, double intensity, Instant waitingSince, double priority, String lastMessage,
                         double peakUpset, boolean heavy, String suggestedAgent) {

    /** After five minutes a calm customer outranks an angry one who just arrived (0.5 of intensity). */
    static final double PRIORITY_PER_MINUTE = 0.1;

    QueueEntry withLoad(boolean isHeavy, String suggested) {
        return new QueueEntry(conversationId, customerName, reasons, emotion, felt, intensity, waitingSince, priority,
                lastMessage, peakUpset, isHeavy, suggested);
    }

    public QueueEntry {
        reasons = List.copyOf(reasons);
        lastMessage = Previews.of(lastMessage);
    }
}
