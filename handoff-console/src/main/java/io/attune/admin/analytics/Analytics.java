package io.attune.admin.analytics;

import io.attune.admin.analytics.AnalyticsReport.Mood;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReading;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Computes the analytics page's figures from the stored conversations, over the last days (UTC). */
@Service
class Analytics {

    static final int MAX_DAYS = 366;

    private final AnalyticsQueries queries;
    private final Clock clock;

    Analytics(AnalyticsQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** @param days 1 to {@value #MAX_DAYS}: today and the days before it */
    AnalyticsReport report(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be between 1 and " + MAX_DAYS);
        }
        LocalDate to = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate from = to.minusDays(days - 1L);
        var since = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Tally tally = new Tally(from, to);
        queries.conversationsSince(since, tally::add);
        return new AnalyticsReport(from, to, tally.conversations(), tally.closed(), tally.contained(),
                ratio(tally.contained(), tally.closed()), tally.handedOver(),
                ratio(tally.handedOver(), tally.conversations()), tally.days(), tally.byReason(), tally.waits(),
                mood(queries.readingsAtHandoff(since)), mood(queries.readingsAtClose(since)), tally.satisfaction());
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    static Mood mood(List<EmotionReading> readings) {
        Map<Emotion, Double> averages = new EnumMap<>(Emotion.class);
        for (Emotion e : Emotion.values()) {
            averages.put(e, readings.stream().mapToDouble(r -> r.intensity(e)).average().orElse(0));
        }
        return new Mood(readings.size(), readings.stream().mapToDouble(EmotionReading::sentiment).average().orElse(0),
                averages);
    }
}
