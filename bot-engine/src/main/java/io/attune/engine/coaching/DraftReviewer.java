package io.attune.engine.coaching;

import io.attune.engine.emotion.Cue;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReading;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads an agent's draft against the customer's mood (the reading of their latest turn) and says whether
 * a quiet note should appear before it is sent, why, and a rewording. Thread-safe; nothing is loaded.
 *
 * <p>The rules, in the team's words:
 * <ul>
 *   <li>Dismissive words ("calm down", "as I already said"), blame and shouting land badly with anyone: a note
 *       in any mood. Telling a calm customer with a routine question to "calm down" is itself what upsets people.</li>
 *   <li>Jargon ("your RMA", "escalated to L2") confuses anyone: a note in any mood.</li>
 *   <li>"That's our policy", no acknowledgement, and a promise with no time are fine for a calm, routine
 *       question ("Returns are 30 days, that's our policy.") and land badly only when the customer is upset
 *       (angry, frustrated, anxious or sad at {@link CoachingRules#upsetAt()} or more, very negative, or shouting,
 *       swearing, threatening to leave, complaining formally).</li>
 * </ul>
 */
public final class DraftReviewer {

    private static final List<Emotion> UPSET = List.of(Emotion.ANGER, Emotion.FRUSTRATION, Emotion.ANXIETY, Emotion.SADNESS);
    private static final Set<Cue> UPSET_CUES = Set.of(Cue.SHOUTING, Cue.PROFANITY, Cue.THREAT_TO_LEAVE, Cue.FORMAL_COMPLAINT);

    private final CoachingRules rules;
    private final Rewording rewording = new Rewording();

    public DraftReviewer(CoachingRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * @param draft    what the agent has typed so far, any content
     * @param customer the reading of the customer's latest turn, or null when they have said nothing yet (calm)
     */
    public DraftReview review(String draft, EmotionReading customer) {
        DraftText text = new DraftText(draft);
        if (text.isBlank()) {
            return DraftReview.fine();
        }
        EmotionReading mood = customer == null ? EmotionReading.neutral() : customer;
        boolean upset = upset(mood);
        Set<ReplyCue> found = text.cues();
        List<ReplyCue> reasons = new ArrayList<>();
        for (ReplyCue cue : ReplyCue.values()) {
            boolean counts = switch (cue) {
                case DISMISSIVE, BLAMING, SHOUTING, JARGON -> found.contains(cue);
                case POLICY_WALL, PROMISE_WITHOUT_TIME -> upset && found.contains(cue);
                case NO_ACKNOWLEDGEMENT -> upset && !text.acknowledges();
            };
            if (counts) {
                reasons.add(cue);
            }
        }
        if (reasons.isEmpty()) {
            return DraftReview.fine();
        }
        return new DraftReview(true, reasons, rewording.suggest(text, reasons, mood, upset));
    }

    /** Whether this reading counts as an upset customer under the rules. */
    public boolean upset(EmotionReading mood) {
        if (mood.cues().stream().anyMatch(UPSET_CUES::contains)) {
            return true;
        }
        if (mood.sentiment() <= rules.negativeAt()) {
            return true;
        }
        return UPSET.stream().anyMatch(e -> mood.intensity(e) >= rules.upsetAt());
    }
}
