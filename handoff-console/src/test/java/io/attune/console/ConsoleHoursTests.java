package io.attune.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ConsoleHoursTests {

    private final ConsoleProperties.Hours weekdays = new ConsoleProperties.Hours(false, ZoneId.of("Europe/London"),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0));

    @Test
    void openOnlyOnTheDaysAndHoursInTheirZone() {
        assertThat(weekdays.isOpen(Instant.parse("2026-11-23T09:00:00Z"))).as("Monday 09:00 London").isTrue();
        assertThat(weekdays.isOpen(Instant.parse("2026-11-23T08:59:00Z"))).isFalse();
        assertThat(weekdays.isOpen(Instant.parse("2026-11-23T17:00:00Z"))).as("closes at 17:00").isFalse();
        assertThat(weekdays.isOpen(Instant.parse("2026-11-22T12:00:00Z"))).as("Sunday").isFalse();
        assertThat(weekdays.isOpen(Instant.parse("2026-07-06T16:30:00Z"))).as("summer time: 17:30 in London").isFalse();
    }

    @Test
    void describesTheHoursInPlainWords() {
        assertThat(weekdays.describe()).isEqualTo("Monday to Friday, 09:00 to 17:00 (Europe/London)");
        assertThat(new ConsoleProperties.Hours(false, ZoneId.of("UTC"),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                LocalTime.of(8, 0), LocalTime.of(12, 0)).describe())
                .isEqualTo("Monday, Wednesday, Saturday and Sunday, 08:00 to 12:00 (UTC)");
    }

    @Test
    void refusesHoursThatEndBeforeTheyStart() {
        assertThatThrownBy(() -> new ConsoleProperties.Hours(false, ZoneId.of("UTC"), EnumSet.of(DayOfWeek.MONDAY),
                LocalTime.of(17, 0), LocalTime.of(9, 0))).hasMessageContaining("from must be before");
    }
}
