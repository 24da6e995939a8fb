package io.attune.admin.thresholds;

import io.attune.engine.handoff.HandoffThresholds;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The thresholds as typed into the admin form, kept as text so that a bad value is shown back to the
 * admin (escaped) beside its error instead of being lost.
 *
 * @param values the raw text per field; switches are "true" or absent
 */
public record ThresholdsForm(Map<ThresholdField, String> values) {

    /** Longest text accepted per field: anything longer is not a number an admin meant. */
    private static final int MAX_LENGTH = 20;

    public ThresholdsForm {
        values = Map.copyOf(values);
    }

    public static ThresholdsForm of(HandoffThresholds t) {
        Map<ThresholdField, String> v = new EnumMap<>(ThresholdField.class);
        for (ThresholdField f : ThresholdField.values()) {
            v.put(f, f.format(t));
        }
        return new ThresholdsForm(v);
    }

    /** From request parameters named by {@link ThresholdField#param()}; an unchecked checkbox sends nothing. */
    public static ThresholdsForm from(Map<String, String> params) {
        Map<ThresholdField, String> v = new EnumMap<>(ThresholdField.class);
        for (ThresholdField f : ThresholdField.values()) {
            String raw = params.get(f.param());
            v.put(f, raw == null ? "" : raw.trim());
        }
        return new ThresholdsForm(v);
    }

    public String value(ThresholdField f) {
        return values.getOrDefault(f, "");
    }

    public boolean checked(ThresholdField f) {
        String v = value(f);
        return v.equals("true") || v.equals("on");
    }

    /** The thresholds, or every problem keyed by field parameter name, worded for an admin. */
    public Parsed parse() {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<ThresholdField, Double> numbers = new EnumMap<>(ThresholdField.class);
        for (ThresholdField f : ThresholdField.values()) {
            if (f.kind() != ThresholdField.Kind.SWITCH) {
                number(f, errors).ifPresent(n -> numbers.put(f, n));
            }
        }
        // A field that is no number is checked no further, but every other field still is: all problems
        // are reported at once, each beside its field.
        HandoffThresholds defaults = HandoffThresholds.defaults();
        for (ThresholdField f : ThresholdField.values()) {
            if (f.kind() != ThresholdField.Kind.SWITCH) {
                numbers.computeIfAbsent(f, unparsed -> Double.parseDouble(unparsed.format(defaults)));
            }
        }
        double anger = numbers.get(ThresholdField.ANGER);
        double frustration = numbers.get(ThresholdField.FRUSTRATION);
        double anxiety = numbers.get(ThresholdField.ANXIETY);
        double sadness = numbers.get(ThresholdField.SADNESS);
        int emotionTurns = numbers.get(ThresholdField.EMOTION_TURNS).intValue();
        double negative = numbers.get(ThresholdField.NEGATIVE_SENTIMENT);
        int negativeTurns = numbers.get(ThresholdField.CONSECUTIVE_NEGATIVE_TURNS).intValue();
        double slope = numbers.get(ThresholdField.TREND_SLOPE);
        int failures = numbers.get(ThresholdField.BOT_FAILURES).intValue();
        double offerAt = numbers.get(ThresholdField.OFFER_PERSON_AT);
        double buildUp = numbers.get(ThresholdField.BUILD_UP);
        double buildUpDecay = numbers.get(ThresholdField.BUILD_UP_DECAY);
        double buildUpFloor = numbers.get(ThresholdField.BUILD_UP_FLOOR);
        Set<String> notNumbers = Set.copyOf(errors.keySet());
        for (String problem : HandoffThresholds.problems(anger, frustration, anxiety, sadness, emotionTurns, negative,
                negativeTurns, slope, failures, offerAt, buildUp, buildUpDecay, buildUpFloor)) {
            ThresholdField owner = ownerOf(problem);
            String key = owner == null ? "form" : owner.param();
            if (!notNumbers.contains(key)) {
                errors.merge(key, capitalised(problem), (a, b) -> a + "; " + b);
            }
        }
        if (!errors.isEmpty()) {
            return new Parsed(null, errors);
        }
        return new Parsed(new HandoffThresholds(anger, frustration, anxiety, sadness, emotionTurns, negative,
                negativeTurns, slope, failures, checked(ThresholdField.EXPLICIT_ASK),
                checked(ThresholdField.THREAT_TO_LEAVE), offerAt, buildUp, buildUpDecay, buildUpFloor), Map.of());
    }

    private Optional<Double> number(ThresholdField f, Map<String, String> errors) {
        String raw = value(f);
        if (raw.isEmpty()) {
            errors.put(f.param(), f.label() + " is required");
            return Optional.empty();
        }
        try {
            if (raw.length() > MAX_LENGTH) {
                throw new NumberFormatException();
            }
            if (f.kind() == ThresholdField.Kind.COUNT) {
                return Optional.of((double) Integer.parseInt(raw));
            }
            double d = Double.parseDouble(raw);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return Optional.of(d);
        } catch (NumberFormatException e) {
            errors.put(f.param(), f.label() + (f.kind() == ThresholdField.Kind.COUNT
                    ? " must be a whole number" : " must be a number such as 0.75"));
            return Optional.empty();
        }
    }

    private static ThresholdField ownerOf(String problem) {
        for (ThresholdField f : ThresholdField.values()) {
            if (f.owns(problem)) {
                return f;
            }
        }
        return null;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Either thresholds (no errors) or errors keyed by field parameter name ("form" for the rest). */
    public record Parsed(HandoffThresholds thresholds, Map<String, String> errors) {

        public Parsed {
            errors = Map.copyOf(errors);
        }

        public boolean valid() {
            return thresholds != null;
        }
    }
}
