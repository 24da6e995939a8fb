package io.attune.engine.handoff;

import io.attune.engine.emotion.Cue;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.handoff.HandoffDecision.Verdict;
import io.attune.engine.handoff.HandoffReason.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * Decides, from a conversation's customer turns and the thresholds, whether the bot should hand over.
 * A pure function: the same history and thresholds always give the same decision, so stored
 * conversations can be replayed under other thresholds (the admin's what-if).
 */
public final class HandoffPolicy {

    /** The most recent turns the trend looks at; older mood has faded. */
    private static final int TREND_MIN_TURNS = 3;

    public HandoffDecision decide(List<PolicyTurn> turns, HandoffThresholds t) {
        if (turns.isEmpty()) {
            return HandoffDecision.stay();
        }
        PolicyTurn last = turns.get(turns.size() - 1);
        List<HandoffReason> handOff = new ArrayList<>();
        List<HandoffReason> offer = new ArrayList<>();
        if (t.explicitAsk() && last.reading().has(Cue.ASKED_FOR_PERSON)) {
            handOff.add(new HandoffReason(Kind.ASKED_FOR_PERSON, "asked for a person"));
        }
        if (t.explicitAsk() && last.reading().has(Cue.FORMAL_COMPLAINT)) {
            // a formal complaint is a request to escalate: a person takes it, as they take an ask for one
            handOff.add(new HandoffReason(Kind.FORMAL_COMPLAINT, "wants to make a formal complaint"));
        }
        if (t.threatToLeave() && last.reading().has(Cue.THREAT_TO_LEAVE)) {
            handOff.add(new HandoffReason(Kind.THREAT_TO_LEAVE, "threatened to leave or cancel"));
        }
        emotion(turns, Emotion.ANGER, t.anger(), t, handOff, offer);
        emotion(turns, Emotion.FRUSTRATION, t.frustration(), t, handOff, offer);
        emotion(turns, Emotion.ANXIETY, t.anxiety(), t, handOff, offer);
        emotion(turns, Emotion.SADNESS, t.sadness(), t, handOff, offer);
        negativeSentiment(turns, t, handOff, offer);
        trend(turns, t, handOff);
        buildUp(turns, t, handOff, offer);
        failures(turns, t, handOff, offer);
        if (!handOff.isEmpty()) {
            return new HandoffDecision(Verdict.HAND_OFF, handOff);
        }
        return offer.isEmpty() ? HandoffDecision.stay() : new HandoffDecision(Verdict.OFFER_PERSON, offer);
    }

    /** The 0-based customer turn at which these thresholds would first hand over, replaying turn by turn. */
    public OptionalInt firstHandoff(List<PolicyTurn> turns, HandoffThresholds t) {
        for (int i = 0; i < turns.size(); i++) {
            if (decide(turns.subList(0, i + 1), t).handOff()) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * An emotion run starts at a turn at or above the threshold and continues while the emotion stays
     * at or above threshold x offerPersonAt (hysteresis): an angry customer who calms a little is still
     * angry, while one spike followed by calm is not a run.
     */
    private static void emotion(List<PolicyTurn> turns, Emotion emotion, double threshold, HandoffThresholds t,
                                List<HandoffReason> handOff, List<HandoffReason> offer) {
        double stay = threshold * t.offerPersonAt();
        int run = 0;
        for (PolicyTurn turn : turns) {
            double x = turn.reading().intensity(emotion);
            run = x >= threshold ? run + 1 : (run > 0 && x >= stay ? run + 1 : 0);
        }
        double now = turns.get(turns.size() - 1).reading().intensity(emotion);
        String name = emotion.name().toLowerCase(Locale.ROOT);
        if (run >= t.emotionTurns()) {
            String values = turns.subList(turns.size() - run, turns.size()).stream()
                    .map(p -> String.format(Locale.ROOT, "%.2f", p.reading().intensity(emotion)))
                    .collect(java.util.stream.Collectors.joining(", "));
            handOff.add(new HandoffReason(Kind.EMOTION, now >= threshold && run == 1
                    ? String.format(Locale.ROOT, "%s %.2f >= %.2f", name, now, threshold)
                    : String.format(Locale.ROOT, "%s >= %.2f and staying high on %d consecutive turns (%s)",
                    name, threshold, run, values)));
        } else if (now >= stay) {
            offer.add(new HandoffReason(Kind.EMOTION, String.format(Locale.ROOT, "%s %.2f rising toward %.2f",
                    name, now, threshold)));
        }
    }

    private static void negativeSentiment(List<PolicyTurn> turns, HandoffThresholds t,
                                          List<HandoffReason> handOff, List<HandoffReason> offer) {
        int run = trailing(turns, p -> p.reading().sentiment() <= t.negativeSentiment());
        boolean handsOff = run >= t.consecutiveNegativeTurns();
        if (!handsOff && !(run > 0 && run >= t.consecutiveNegativeTurns() * t.offerPersonAt())) {
            return;
        }
        String text = String.format(Locale.ROOT, "sentiment <= %.2f on %d consecutive turns", t.negativeSentiment(), run);
        (handsOff ? handOff : offer).add(new HandoffReason(Kind.NEGATIVE_SENTIMENT, text));
    }

    private static void trend(List<PolicyTurn> turns, HandoffThresholds t, List<HandoffReason> handOff) {
        if (turns.size() < TREND_MIN_TURNS) {
            return;
        }
        SentimentTrend trend = SentimentTrend.of(turns.stream().map(p -> p.reading().sentiment()).toList());
        // A falling trend matters only once the mood is actually negative, not when delight cools to calm.
        if (trend.slope() <= t.trendSlope() && trend.average() < 0) {
            handOff.add(new HandoffReason(Kind.FALLING_TREND, String.format(Locale.ROOT,
                    "sentiment falling %.2f per turn (<= %.2f), now %.2f", trend.slope(), t.trendSlope(), trend.average())));
        }
    }

    /** Anger and frustration that add up over turns, none of which crossed a threshold alone. */
    private static void buildUp(List<PolicyTurn> turns, HandoffThresholds t,
                                List<HandoffReason> handOff, List<HandoffReason> offer) {
        FrustrationBuildUp b = FrustrationBuildUp.of(turns.stream().map(PolicyTurn::reading).toList(),
                t.buildUpDecay(), t.buildUpFloor());
        if (b.level() >= t.buildUp()) {
            handOff.add(new HandoffReason(Kind.BUILDING_FRUSTRATION, b.built().size() == 1
                    ? String.format(Locale.ROOT, "anger and frustration high at once: build-up %.2f >= %.2f from customer %s",
                    b.level(), t.buildUp(), b.describeTurns())
                    : String.format(Locale.ROOT, "anger and frustration built up to %.2f >= %.2f over customer %s",
                    b.level(), t.buildUp(), b.describeTurns())));
        } else if (b.level() > 0 && b.level() >= t.buildUp() * t.offerPersonAt()) {
            offer.add(new HandoffReason(Kind.BUILDING_FRUSTRATION, String.format(Locale.ROOT,
                    "anger and frustration building: %.2f, rising toward %.2f", b.level(), t.buildUp())));
        }
    }

    private static void failures(List<PolicyTurn> turns, HandoffThresholds t,
                                 List<HandoffReason> handOff, List<HandoffReason> offer) {
        int run = trailing(turns, p -> !p.understood());
        boolean handsOff = run >= t.botFailures();
        if (!handsOff && !(run > 0 && run == t.botFailures() - 1)) {
            return;
        }
        String text = run + (run == 1 ? " answer" : " answers") + " not understood";
        (handsOff ? handOff : offer).add(new HandoffReason(Kind.BOT_FAILURES, text));
    }

    /** How many of the most recent turns in a row match. */
    private static int trailing(List<PolicyTurn> turns, Predicate<PolicyTurn> test) {
        int run = 0;
        for (int i = turns.size() - 1; i >= 0 && test.test(turns.get(i)); i--) {
            run++;
        }
        return run;
    }
}
