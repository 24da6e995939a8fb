package io.attune.console;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Words for a set of week days: "Monday to Friday", "Monday, Wednesday and Friday". */
final class DayRanges {

    private DayRanges() {
    }

    static String describe(Set<DayOfWeek> days) {
        List<String> parts = new ArrayList<>();
        DayOfWeek start = null;
        DayOfWeek previous = null;
        for (DayOfWeek day : DayOfWeek.values()) {
            if (days.contains(day)) {
                if (start == null) {
                    start = day;
                }
                previous = day;
            } else if (start != null) {
                parts.add(range(start, previous));
                start = null;
            }
        }
        if (start != null) {
            parts.add(range(start, previous));
        }
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "no day" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static String range(DayOfWeek from, DayOfWeek to) {
        String first = from.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (from == to) {
            return first;
        }
        String last = to.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return to.getValue() - from.getValue() == 1 ? first + ", " + last : first + " to " + last;
    }
}
