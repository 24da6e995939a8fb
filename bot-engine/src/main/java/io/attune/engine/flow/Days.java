package io.attune.engine.flow;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** A date as a person says it, relative to today: "today", "yesterday", "on Monday", "on 3 November". */
final class Days {

    private static final DateTimeFormatter THIS_YEAR = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);
    private static final DateTimeFormatter OTHER_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Days() {
    }

    /** Within six days either side, the weekday is unambiguous; further off, the date. */
    static String relative(LocalDate day, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, day);
        if (days == 0) {
            return "today";
        }
        if (days == -1) {
            return "yesterday";
        }
        if (days == 1) {
            return "tomorrow";
        }
        if (Math.abs(days) <= 6) {
            return "on " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK);
        }
        return "on " + day.format(day.getYear() == today.getYear() ? THIS_YEAR : OTHER_YEAR);
    }
}
