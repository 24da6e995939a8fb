package io.attune.admin.thresholds;

import io.attune.engine.handoff.HandoffThresholds;
import java.util.Locale;
import java.util.function.Function;

/**
 * Every setting of {@link HandoffThresholds} as the admin page shows it: its form name, label, help and
 * kind. The page, the form parser and the history's diff all walk this one list, so a new threshold
 * is added in one place.
 */
public enum ThresholdField {
    ANGER("anger", "Anger", Kind.FRACTION, "anger", "Anger intensity (0-1) at or above which a turn counts as angry.",
            HandoffThresholds::anger),
    FRUSTRATION("frustration", "Frustration", Kind.FRACTION, "frustration", "Frustration intensity threshold (0-1).",
            HandoffThresholds::frustration),
    ANXIETY("anxiety", "Anxiety", Kind.FRACTION, "anxiety", "Anxiety intensity threshold (0-1).",
            HandoffThresholds::anxiety),
    SADNESS("sadness", "Sadness", Kind.FRACTION, "sadness", "Sadness intensity threshold (0-1).",
            HandoffThresholds::sadness),
    EMOTION_TURNS("emotionTurns", "Emotion turns", Kind.COUNT, "emotion turns",
            "Consecutive customer turns over an emotion threshold that hand over (1-10).", HandoffThresholds::emotionTurns),
    NEGATIVE_SENTIMENT("negativeSentiment", "Negative sentiment", Kind.FRACTION, "negative sentiment",
            "A turn whose sentiment (-1 to 0) is at or below this counts as negative.", HandoffThresholds::negativeSentiment),
    CONSECUTIVE_NEGATIVE_TURNS("consecutiveNegativeTurns", "Consecutive negative turns", Kind.COUNT,
            "consecutive negative turns", "Negative turns in a row that hand over (1-20).",
            HandoffThresholds::consecutiveNegativeTurns),
    TREND_SLOPE("trendSlope", "Trend slope", Kind.FRACTION, "trend slope",
            "Hand over when the smoothed sentiment falls this much per turn or more (-2 to 0).", HandoffThresholds::trendSlope),
    BOT_FAILURES("botFailures", "Bot failures", Kind.COUNT, "bot failures",
            "Answers not understood in a row that hand over (1-20).", HandoffThresholds::botFailures),
    EXPLICIT_ASK("explicitAsk", "Hand over when asked", Kind.SWITCH, null,
            "Hand over as soon as the customer asks for a person.", HandoffThresholds::explicitAsk),
    THREAT_TO_LEAVE("threatToLeave", "Hand over on a threat to leave", Kind.SWITCH, null,
            "Hand over when the customer threatens to leave or cancel.", HandoffThresholds::threatToLeave),
    OFFER_PERSON_AT("offerPersonAt", "Offer a person at", Kind.FRACTION, "offer a person at",
            "Offer a person once a signal reaches this fraction of its threshold (0.1-1).", HandoffThresholds::offerPersonAt),
    BUILD_UP("buildUp", "Frustration build-up", Kind.FRACTION, "build-up",
            "Hand over when anger plus frustration, added up over the customer's turns, reaches this (0.1-5). "
                    + "One turn that reads this much above the floor hands over at once.", HandoffThresholds::buildUp),
    BUILD_UP_DECAY("buildUpDecay", "Build-up kept per turn", Kind.FRACTION, "build-up decay",
            "The share of the build-up each new turn keeps (0-1): 0 counts only the latest turn, 1 never forgets.",
            HandoffThresholds::buildUpDecay),
    BUILD_UP_FLOOR("buildUpFloor", "Build-up floor", Kind.FRACTION, "build-up floor",
            "A turn whose anger plus frustration is at or below this adds nothing to the build-up (0-0.9).",
            HandoffThresholds::buildUpFloor);

    /** How a value is entered and shown. */
    public enum Kind { FRACTION, COUNT, SWITCH }

    private final String param;
    private final String label;
    private final Kind kind;
    private final String problemName;
    private final String help;
    private final Function<HandoffThresholds, Object> value;

    ThresholdField(String param, String label, Kind kind, String problemName, String help,
                   Function<HandoffThresholds, Object> value) {
        this.param = param;
        this.label = label;
        this.kind = kind;
        this.problemName = problemName;
        this.help = help;
        this.value = value;
    }

    public String param() {
        return param;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    public String help() {
        return help;
    }

    /** The value as the form shows it: "0.70", "3", "true". */
    public String format(HandoffThresholds t) {
        Object v = value.apply(t);
        return v instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : String.valueOf(v);
    }

    /** Whether one of {@link HandoffThresholds#problems} is about this field. */
    boolean owns(String problem) {
        return problemName != null && problem.startsWith(problemName + " must");
    }
}
