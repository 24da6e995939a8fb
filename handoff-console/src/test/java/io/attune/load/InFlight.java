package io.attune.load;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One customer's turns in flight: sent but not yet acknowledged (the stored turn coming back), and
 * acknowledged but not yet answered by the bot (whose reply is the next turn, seq + 1).
 */
final class InFlight {

    private final Map<String, Sent> unacked = new ConcurrentHashMap<>();
    private final Map<Long, Long> awaitingReply = new ConcurrentHashMap<>();

    private record Sent(long nanos, boolean botShouldAnswer, LevelStats stats) {
    }

    void sent(String clientId, long nanos, boolean botShouldAnswer, LevelStats stats) {
        unacked.put(clientId, new Sent(nanos, botShouldAnswer, stats));
        stats.customerSent.increment();
    }

    /** @param botMayAnswer false while a person has the conversation: no reply from the bot is due */
    boolean acknowledged(String clientId, long seq, boolean botMayAnswer) {
        Sent sent = unacked.remove(clientId);
        if (sent == null) {
            return false;
        }
        LevelStats.record(sent.stats().ackLatency, sent.nanos());
        sent.stats().customerAcked.increment();
        if (sent.botShouldAnswer() && botMayAnswer) {
            awaitingReply.put(seq, sent.nanos());
        }
        return true;
    }

    boolean botReplied(long seq, LevelStats stats) {
        Long sentNanos = awaitingReply.remove(seq - 1);
        if (sentNanos == null) {
            return false;
        }
        LevelStats.record(stats.turnLatency, sentNanos);
        stats.botReplies.increment();
        return true;
    }

    /** Handed over: the bot's last word came before the status that says so. */
    void noMoreBotReplies() {
        awaitingReply.clear();
    }

    boolean isEmpty() {
        return unacked.isEmpty() && awaitingReply.isEmpty();
    }

    int size() {
        return unacked.size() + awaitingReply.size();
    }

    int forget() {
        int n = size();
        unacked.clear();
        awaitingReply.clear();
        return n;
    }
}
