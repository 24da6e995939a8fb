package io.attune.admin.analytics;

import io.attune.admin.analytics.AnalyticsQueries.Row;
import io.attune.admin.analytics.AnalyticsReport.Day;
import io.attune.admin.analytics.AnalyticsReport.Satisfaction;
import io.attune.admin.analytics.AnalyticsReport.Waits;
import io.attune.engine.handoff.HandoffReason;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Adds up conversation rows into the report's counts. One per report; not thread-safe. */
final class Tally {

    /** Upper bounds, in seconds, of the wait buckets but the last (see {@link Waits#BUCKET_LABELS}). */
    private static final long[] WAIT_BOUNDS = {60, 120, 300, 600, 1800};

    private final Map<LocalDate, int[]> days = new TreeMap<>();
    private final Map<HandoffReason.Kind, Integer> byReason = new EnumMap<>(HandoffReason.Kind.class);
    private final List<Long> waits = new ArrayList<>();
    private final int[] ratings = new int[5];
    private int conversations;
    private int closed;
    private int contained;
    private int handedOver;
    private int waiting;
    private int abandoned;
    private long botOnlyRatingSum;
    private int botOnlyRatings;
    private long withAgentRatingSum;
    private int withAgentRatings;

    Tally(LocalDate from, LocalDate to) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.put(d, new int[3]);
        }
    }

    void add(Row row) {
        conversations++;
        int[] day = days.computeIfAbsent(LocalDate.ofInstant(row.startedAt(), ZoneOffset.UTC), d -> new int[3]);
        day[0]++;
        boolean handed = row.handoffAt() != null;
        if (handed) {
            handedOver++;
            day[1]++;
            if (row.handoff() != null) {
                row.handoff().reasons().stream().map(HandoffReason::kind).distinct()
                        .forEach(k -> byReason.merge(k, 1, Integer::sum));
            }
            if (row.joinedAt() != null) {
                waits.add(Duration.between(row.handoffAt(), row.joinedAt()).toSeconds());
            } else if (row.abandoned()) {
                abandoned++;
            } else if (!row.ended()) {
                waiting++;
            }
        }
        if (row.ended()) {
            closed++;
            if (!handed) {
                contained++;
                day[2]++;
            }
        }
        if (row.rating() != null) {
            ratings[row.rating() - 1]++;
            if (handed) {
                withAgentRatingSum += row.rating();
                withAgentRatings++;
            } else {
                botOnlyRatingSum += row.rating();
                botOnlyRatings++;
            }
        }
    }

    int conversations() {
        return conversations;
    }

    int closed() {
        return closed;
    }

    int contained() {
        return contained;
    }

    int handedOver() {
        return handedOver;
    }

    Map<HandoffReason.Kind, Integer> byReason() {
        return Map.copyOf(byReason);
    }

    List<Day> days() {
        return days.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }

    Waits waits() {
        long[] sorted = waits.stream().mapToLong(Long::longValue).sorted().toArray();
        int[] buckets = new int[WAIT_BOUNDS.length + 1];
        for (long w : sorted) {
            int b = 0;
            while (b < WAIT_BOUNDS.length && w >= WAIT_BOUNDS[b]) {
                b++;
            }
            buckets[b]++;
        }
        return new Waits(sorted.length, waiting, abandoned, Arrays.stream(sorted).average().orElse(0), percentile(sorted, 0.5),
                percentile(sorted, 0.9), Arrays.stream(buckets).boxed().toList());
    }

    Satisfaction satisfaction() {
        int answers = Arrays.stream(ratings).sum();
        double sum = 0;
        for (int i = 0; i < ratings.length; i++) {
            sum += (i + 1) * ratings[i];
        }
        return new Satisfaction(answers, answers == 0 ? 0 : sum / answers, Arrays.stream(ratings).boxed().toList(),
                botOnlyRatings == 0 ? 0 : (double) botOnlyRatingSum / botOnlyRatings,
                withAgentRatings == 0 ? 0 : (double) withAgentRatingSum / withAgentRatings,
                botOnlyRatings, withAgentRatings);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    }
}
