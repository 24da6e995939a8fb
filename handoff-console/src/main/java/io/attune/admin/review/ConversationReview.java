package io.attune.admin.review;

import io.attune.console.StateWords;
import io.attune.engine.conversation.Conversation;
import io.attune.engine.conversation.Turn;
import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.handoff.HandoffPolicy;
import io.attune.engine.handoff.HandoffThresholds;
import io.attune.engine.handoff.PolicyTurn;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * A stored conversation as an admin reviews it: the transcript with what was read in each customer turn,
 * why it was handed over, and what the thresholds in force would do with it now.
 *
 * @param handedOverFor the recorded handoff's reasons, or null when it never was handed over
 * @param wouldHandOver what the thresholds in force would do, replayed with the engine's policy
 */
public record ConversationReview(String id, String customerName, String state, Boolean handoffNeeded,
                                 String handedOverFor, List<Line> lines, String wouldHandOver) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    /** One turn; the reading parts are empty for bot, agent and system turns. */
    public record Line(long seq, String author, String authorName, String text, String at, String reading,
                       String intent) {
    }

    static ConversationReview of(Conversation c, HandoffPolicy policy, HandoffThresholds inForce) {
        var s = c.snapshot();
        List<PolicyTurn> customerTurns = c.policyTurns();
        OptionalInt at = policy.firstHandoff(customerTurns, inForce);
        String would = at.isEmpty() ? "Stay with the bot"
                : "Hand over at customer turn " + (at.getAsInt() + 1) + ": "
                + policy.decide(customerTurns.subList(0, at.getAsInt() + 1), inForce).explanation();
        return new ConversationReview(s.id().toString(), s.customerName(), StateWords.of(s.state(), s.agentDisplayName()),
                s.handoffNeeded(),
                s.handoff() == null ? null : s.handoff().decision().explanation(),
                c.turns().stream().map(ConversationReview::line).toList(), would);
    }

    private static Line line(Turn t) {
        return new Line(t.seq(), t.author().name(), t.authorName(), t.text(), TIME.format(t.at()),
                t.reading() == null ? "" : describe(t.reading()), t.intent() == null ? "" : t.intent());
    }

    private static String describe(EmotionReading r) {
        String strongest = r.strongest().name().toLowerCase(Locale.ROOT);
        String cues = r.cues().isEmpty() ? "" : ", " + String.join(", ",
                r.cues().stream().map(cue -> cue.name().toLowerCase(Locale.ROOT).replace('_', ' ')).toList());
        return String.format(Locale.ROOT, "sentiment %.2f, %s %.2f%s", r.sentiment(), strongest,
                r.intensity(r.strongest()), cues);
    }
}
