package io.attune.admin.analytics;

import io.attune.engine.emotion.Emotion;
import io.attune.engine.handoff.HandoffReason;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How conversations went over a period (UTC days), for the analytics page.
 *
 * @param conversations  conversations started in the period
 * @param closed         of those, the ones that ended
 * @param containedByBot ended without ever being handed to a person
 * @param containment    containedByBot / closed, 0 when none closed
 * @param handedOver     handed to a person (at any point)
 * @param handoffRate    handedOver / conversations
 * @param byReason       handoffs counted once per reason present in the decision
 */
public record AnalyticsReport(LocalDate from, LocalDate to, int conversations, int closed, int containedByBot,
                              double containment, int handedOver, double handoffRate, List<Day> days,
                              Map<HandoffReason.Kind, Integer> byReason, Waits waits, Mood atHandoff, Mood atClose,
                              Satisfaction satisfaction) {

    /** The share of handed-over chats whose customer left before a person joined, 0 when none was handed over. */
    public double abandonedShare() {
        return handedOver == 0 ? 0 : (double) waits.abandoned() / handedOver;
    }

    /** One UTC day of the period. */
    public record Day(LocalDate day, int conversations, int handedOver, int containedByBot) {
    }

    /**
     * From handoff to an agent joining.
     *
     * @param buckets counts for under 1 min, 1-2, 2-5, 5-10, 10-30 and 30+ minutes
     * @param waiting   handed over, still open, no agent joined yet, and the customer still there
     * @param abandoned handed over, and the customer left while waiting (no agent joined; open or since closed)
     */
    public record Waits(int joined, int waiting, int abandoned, double averageSeconds, double medianSeconds, double p90Seconds,
                        List<Integer> buckets) {

        public static final List<String> BUCKET_LABELS =
                List.of("< 1 min", "1-2 min", "2-5 min", "5-10 min", "10-30 min", "30+ min");
    }

    /**
     * The average emotion reading of a set of customer turns.
     *
     * @param turns       how many readings were averaged
     * @param sentiment   average sentiment, -1 to 1
     * @param intensities average intensity per emotion, 0 to 1
     */
    public record Mood(int turns, double sentiment, Map<Emotion, Double> intensities) {
    }

    /**
     * Survey answers.
     *
     * @param byRating  counts for ratings 1 to 5
     * @param botOnly          average rating of conversations the bot handled alone (0 when none)
     * @param withAgent        average rating of conversations handed to a person (0 when none)
     * @param botOnlyAnswers   how many ratings {@code botOnly} averages
     * @param withAgentAnswers how many ratings {@code withAgent} averages
     */
    public record Satisfaction(int answers, double average, List<Integer> byRating, double botOnly, double withAgent,
                               int botOnlyAnswers, int withAgentAnswers) {
    }
}
