package io.attune.console;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The agent console's settings.
 *
 * @param maxConversationsPerAgent how many conversations one agent may hold at once
 * @param hours                    when people answer; outside them customers are told so and may leave a message
 * @param presenceTimeout          an agent whose console has not been seen for this long counts as offline
 */
@ConfigurationProperties("attune.console")
public record ConsoleProperties(@DefaultValue("5") int maxConversationsPerAgent, @DefaultValue Hours hours,
                                @DefaultValue("90s") Duration presenceTimeout) {

    public ConsoleProperties {
        if (maxConversationsPerAgent < 1) {
            throw new IllegalArgumentException("attune.console.max-conversations-per-agent must be at least 1");
        }
    }

    /**
     * Opening hours: on {@code days}, from {@code from} to {@code to} in {@code zone}; or always.
     */
    public record Hours(@DefaultValue("true") boolean alwaysOpen, @DefaultValue("UTC") ZoneId zone,
                        @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) Set<DayOfWeek> days,
                        @DefaultValue("09:00") LocalTime from, @DefaultValue("17:00") LocalTime to) {

        public Hours {
            days = days.isEmpty() ? Set.of() : EnumSet.copyOf(days);
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("attune.console.hours.from must be before .to");
            }
        }

        public boolean isOpen(Instant at) {
            if (alwaysOpen) {
                return true;
            }
            ZonedDateTime local = at.atZone(zone);
            LocalTime time = local.toLocalTime();
            return days.contains(local.getDayOfWeek()) && !time.isBefore(from) && time.isBefore(to);
        }

        /** For customers: "Monday to Friday, 09:00 to 17:00 (Europe/London)". */
        public String describe() {
            if (alwaysOpen) {
                return "around the clock";
            }
            return DayRanges.describe(days) + ", " + from + " to " + to + " (" + zone.getId() + ")";
        }
    }
}
