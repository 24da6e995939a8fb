package io.attune.admin.satisfaction;

import io.attune.admin.satisfaction.Deescalation.Arc;
import io.attune.admin.satisfaction.Deescalation.Outcome;
import io.attune.engine.handoff.HandoffReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The de-escalation figures of a period: overall, per agent and per handoff reason.
 *
 * @param overall  every handed-over conversation of the period
 * @param byAgent  per agent who held the conversation last (a transfer counts for the agent it went to), by name
 * @param byReason per handoff reason (a conversation with two reasons counts in both)
 */
public record DeescalationSummary(Group overall, List<Group> byAgent, List<Group> byReason) {

    /** One handed-over conversation. */
    public record HandedOver(String agent, Set<HandoffReason.Kind> reasons, Arc arc, Integer rating) {
    }

    /**
     * @param handedOver      conversations in the group
     * @param counted         upset at the handoff and with a customer turn after the agent joined
     * @param deEscalated     of those, calm after the agent joined and stayed calm
     * @param share           deEscalated / counted, null when none counted
     * @param medianToCalm    the median time to calm of the de-escalated ones, null when none
     * @param ratings         survey answers in the group
     * @param averageRating   their average, null when none
     */
    public record Group(String label, int handedOver, int counted, int deEscalated, Double share,
                        Duration medianToCalm, int ratings, Double averageRating) {
    }

    public static DeescalationSummary of(Collection<HandedOver> conversations) {
        Map<String, List<HandedOver>> byAgent = new TreeMap<>();
        Map<HandoffReason.Kind, List<HandedOver>> byReason = new TreeMap<>();
        for (HandedOver c : conversations) {
            byAgent.computeIfAbsent(c.agent(), a -> new ArrayList<>()).add(c);
            c.reasons().forEach(k -> byReason.computeIfAbsent(k, r -> new ArrayList<>()).add(c));
        }
        return new DeescalationSummary(group("all", conversations), groups(byAgent, Function.identity()),
                groups(byReason, DeescalationSummary::reasonLabel));
    }

    private static <K> List<Group> groups(Map<K, List<HandedOver>> grouped, Function<K, String> label) {
        return grouped.entrySet().stream().map(e -> group(label.apply(e.getKey()), e.getValue())).toList();
    }

    private static Group group(String label, Collection<HandedOver> members) {
        int counted = 0;
        List<Duration> calm = new ArrayList<>();
        int ratings = 0;
        long ratingSum = 0;
        for (HandedOver c : members) {
            counted += c.arc().outcome().counts() ? 1 : 0;
            if (c.arc().outcome() == Outcome.DE_ESCALATED) {
                calm.add(c.arc().timeToCalm());
            }
            if (c.rating() != null) {
                ratings++;
                ratingSum += c.rating();
            }
        }
        calm.sort(null);
        return new Group(label, members.size(), counted, calm.size(), counted == 0 ? null : (double) calm.size() / counted,
                median(calm), ratings, ratings == 0 ? null : (double) ratingSum / ratings);
    }

    /** The lower median: a time that one of the conversations really took. */
    private static Duration median(List<Duration> sorted) {
        return sorted.isEmpty() ? null : sorted.get((sorted.size() - 1) / 2);
    }

    static String reasonLabel(HandoffReason.Kind kind) {
        return switch (kind) {
            case EMOTION -> "strong emotion";
            case NEGATIVE_SENTIMENT -> "negative sentiment";
            case FALLING_TREND -> "mood falling";
            case BOT_FAILURES -> "bot not understanding";
            case ASKED_FOR_PERSON -> "asked for a person";
            case THREAT_TO_LEAVE -> "threat to leave";
            case FORMAL_COMPLAINT -> "formal complaint";
            case BUILDING_FRUSTRATION -> "frustration building up";
        };
    }
}
