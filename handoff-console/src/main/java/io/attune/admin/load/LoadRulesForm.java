package io.attune.admin.load;

import io.attune.engine.load.LoadRules;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The load rules as the admin types them: shares 0..1 and whole minutes. Errors are our own words, never the input.
 */
record LoadRulesForm(String heavyAt, String hostileAt, String pauseMinutes, String windowMinutes) {

    static LoadRulesForm of(LoadRules rules) {
        return new LoadRulesForm(String.valueOf(rules.heavyAt()), String.valueOf(rules.hostileAt()),
                String.valueOf(rules.pause().toMinutes()), String.valueOf(rules.window().toMinutes()));
    }

    /** The parsed rules, or the errors per field. */
    record Parsed(LoadRules rules, Map<String, String> errors) {
    }

    Parsed parse() {
        Map<String, String> errors = new LinkedHashMap<>();
        double heavy = share(heavyAt, "heavyAt", errors);
        double hostile = share(hostileAt, "hostileAt", errors);
        long pause = minutes(pauseMinutes, "pauseMinutes", LoadRules.MAX_PAUSE.toMinutes(), errors);
        long window = minutes(windowMinutes, "windowMinutes", LoadRules.MAX_WINDOW.toMinutes(), errors);
        if (!errors.isEmpty()) {
            return new Parsed(null, errors);
        }
        return new Parsed(new LoadRules(heavy, hostile, Duration.ofMinutes(pause), Duration.ofMinutes(window)), errors);
    }

    private static double share(String text, String field, Map<String, String> errors) {
        try {
            double v = Double.parseDouble(text == null ? "" : text.trim());
            if (v > 0 && v <= 1) {
                return v;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.put(field, "Enter a number above 0 and at most 1, such as 0.7.");
        return 0;
    }

    private static long minutes(String text, String field, long max, Map<String, String> errors) {
        try {
            long v = Long.parseLong(text == null ? "" : text.trim());
            if (v >= 1 && v <= max) {
                return v;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.put(field, "Enter whole minutes from 1 to " + max + ".");
        return 0;
    }
}
