package io.attune.admin.knowledge;

import java.time.Instant;

/**
 * Whether the bot answers from the latest saved knowledge base, for the page's status line.
 *
 * @param liveVersion   the version the bot answers from now
 * @param savedVersion  the latest saved version (newer than live while it trains)
 * @param trainedAt     when the live version finished training
 * @param trainMillis   how long its training took
 * @param message       for FAILED: why, worded for an admin
 */
public record KnowledgeStatus(State state, long liveVersion, long savedVersion, Instant trainedAt, long trainMillis,
                              int intents, int examples, String message) {

    public enum State { TRAINING, READY, FAILED }
}
