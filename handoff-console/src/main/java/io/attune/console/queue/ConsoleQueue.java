package io.attune.console.queue;

import io.attune.console.agent.AgentAccount;
import io.attune.console.agent.AgentAccounts;
import io.attune.console.load.TeamLoad;
import io.attune.console.offline.OfflineMessages;
import io.attune.console.presence.AgentAvailability;
import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.Conversation;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.HandoffRecord;
import io.attune.engine.conversation.Turn;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.handoff.HandoffReason;
import io.attune.engine.load.AgentLoad;
import io.attune.engine.load.ChatIntensity;
import io.attune.engine.load.LoadRules;
import io.attune.engine.load.LoadSharing;
import io.attune.widget.store.WaitingLine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/** Reads the queue: conversations waiting for a person, highest priority first, and messages left. */
@Service
class ConsoleQueue {

    private final WaitingLine waitingLine;
    private final ConversationEngine engine;
    private final OfflineMessages offlineMessages;
    private final AgentAvailability availability;
    private final AgentAccounts accounts;
    private final TeamLoad team;
    private final Clock clock;

    ConsoleQueue(WaitingLine waitingLine, ConversationEngine engine, OfflineMessages offlineMessages,
                 AgentAvailability availability, AgentAccounts accounts, TeamLoad team, Clock clock) {
        this.team = team;
        this.waitingLine = waitingLine;
        this.accounts = accounts;
        this.engine = engine;
        this.offlineMessages = offlineMessages;
        this.availability = availability;
        this.clock = clock;
    }

    QueueView current() {
        Instant now = clock.instant();
        // A customer who left a message while nobody could answer is among the messages, not in the line.
        Set<ConversationId> leftMessages = offlineMessages.conversations();
        List<QueueEntry> waiting = waitingLine.waiting().stream().filter(id -> !leftMessages.contains(id))
                .map(engine::find).flatMap(Optional::stream)
                .map(c -> entry(c, now))
                .sorted(Comparator.comparingDouble(QueueEntry::priority).reversed()
                        .thenComparing(QueueEntry::waitingSince))
                .toList();
        List<String> online = availability.onlineAgents().stream()
                .map(username -> accounts.find(username).map(AgentAccount::displayName).orElse(username)).toList();
        return new QueueView(withLoad(waiting), offlineMessages.open(), online);
    }

    /** Marks heavy chats and, for each, suggests the agent with the lightest emotional load, spreading them. */
    private List<QueueEntry> withLoad(List<QueueEntry> waiting) {
        if (waiting.isEmpty()) {
            return waiting;
        }
        LoadRules rules = team.rules();
        Map<String, Double> peaks = new LinkedHashMap<>();
        waiting.forEach(e -> peaks.put(e.conversationId(), e.peakUpset()));
        Map<String, AgentLoad> suggested = peaks.values().stream().anyMatch(rules::isHeavy)
                ? new LoadSharing(rules).suggestFor(peaks, team.online()) : Map.of();
        return waiting.stream().map(e -> e.withLoad(rules.isHeavy(e.peakUpset()),
                suggested.containsKey(e.conversationId()) ? suggested.get(e.conversationId()).displayName() : null)).toList();
    }

    /** Below this, a negative emotion is not worth showing: the customer reads as calm. */
    private static final double NOTICEABLE = 0.15;

    static QueueEntry entry(Conversation c, Instant now) {
        HandoffRecord handoff = c.snapshot().handoff();
        Instant since = handoff != null ? handoff.at() : c.snapshot().updatedAt();
        EmotionReading reading = handoff == null ? EmotionReading.neutral() : c.turns().stream()
                .filter(t -> t.seq() == handoff.atSeq()).map(Turn::reading).filter(r -> r != null)
                .findFirst().orElse(EmotionReading.neutral());
        List<String> reasons = handoff == null ? List.of()
                : handoff.decision().reasons().stream().map(HandoffReason::text).toList();
        double minutes = Math.max(0, Duration.between(since, now).toSeconds() / 60.0);
        double intensity = reading.negativeIntensity();
        Emotion felt = intensity < NOTICEABLE ? reading.strongest() : Arrays.stream(Emotion.values())
                .filter(Emotion::isNegative).max(Comparator.comparingDouble(reading::intensity)).orElseThrow();
        String name = c.snapshot().customerName() == null ? "Anonymous customer" : c.snapshot().customerName();
        String last = c.customerTurns().isEmpty() ? null : c.customerTurns().get(c.customerTurns().size() - 1).text();
        double peakUpset = c.customerTurns().stream().map(t -> ChatIntensity.of(t.reading()).upset())
                .max(Double::compare).orElse(0.0);
        return new QueueEntry(c.id().toString(), name, reasons, felt.name(), reading.intensity(felt), intensity,
                since, intensity + QueueEntry.PRIORITY_PER_MINUTE * minutes, last, peakUpset, false, null);
    }
}
