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
                addRange(parts, start, previous);
                start = null;
            }
        }
        if (start != null) {
            addRange(parts, start, previous);
        }
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "no day" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** Three days or more in a row read as "Monday to Friday"; fewer are named one by one. */
    private static void addRange(List<String> parts, DayOfWeek from, DayOfWeek to) {
        if (to.getValue() - from.getValue() >= 2) {
            parts.add(name(from) + " to " + name(to));
            return;
        }
        for (int d = from.getValue(); d <= to.getValue(); d++) {
            parts.add(name(DayOfWeek.of(d)));
        }
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
