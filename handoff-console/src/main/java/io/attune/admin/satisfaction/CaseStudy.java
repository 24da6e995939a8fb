package io.attune.admin.satisfaction;

import io.attune.engine.conversation.Conversation;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.HandoffRecord;
import io.attune.engine.conversation.Turn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A conversation in which the customer's emotional needs were most likely missed, with its turning points: a pure
 * rule over the stored conversation.
 *
 * @param signals        why it is listed, never empty
 * @param turningPoints  the customer turns where the upset moved most (at most {@value #TURNING_POINTS}), in order
 */
public record CaseStudy(ConversationId id, Integer rating, Set<Signal> signals, List<TurningPoint> turningPoints) {

    static final int TURNING_POINTS = 3;
    /** Upset at or above this after the agent joined is anger the agent did not settle. */
    static final double ANGRY = 0.6;
    /** Customer turns upset (>= {@link Deescalation#CALM_BELOW}) before the handoff that make it late. */
    static final int LATE_AFTER = 2;

    public enum Signal {
        LOW_RATING("rated 1 or 2"),
        LATE_HANDOFF("upset for 2 or more turns before a person was brought in (or never)"),
        ANGER_AFTER_AGENT("angry (0.6 or more) after the agent joined");

        private final String words;

        Signal(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** A customer turn and how much the upset moved from the customer's turn before (+ up, - down). */
    public record TurningPoint(long seq, String text, double upset, double change) {
    }

    /** The case study of an ended conversation, or empty when nothing suggests a need was missed. */
    public static Optional<CaseStudy> of(Conversation conversation, Anonymiser anonymiser) {
        if (conversation.state().isOpen()) {
            return Optional.empty();
        }
        var snapshot = conversation.snapshot();
        Integer rating = snapshot.survey() == null ? null : snapshot.survey().rating();
        HandoffRecord handoff = snapshot.handoff();
        List<Turn> customer = conversation.customerTurns();
        Set<Signal> signals = EnumSet.noneOf(Signal.class);
        if (rating != null && rating <= 2) {
            signals.add(Signal.LOW_RATING);
        }
        long upsetBefore = customer.stream().filter(t -> handoff == null || t.seq() < handoff.atSeq())
                .filter(t -> t.upset() >= Deescalation.CALM_BELOW).count();
        if (upsetBefore >= LATE_AFTER) {
            signals.add(Signal.LATE_HANDOFF);
        }
        if (handoff != null && handoff.joinedAt() != null && customer.stream()
                .anyMatch(t -> t.seq() > handoff.atSeq() && !t.at().isBefore(handoff.joinedAt())
                        && t.upset() >= ANGRY)) {
            signals.add(Signal.ANGER_AFTER_AGENT);
        }
        if (signals.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CaseStudy(conversation.id(), rating, signals, turningPoints(customer, anonymiser)));
    }

    private static List<TurningPoint> turningPoints(List<Turn> customer, Anonymiser anonymiser) {
        List<TurningPoint> all = new ArrayList<>();
        double before = 0;
        for (Turn t : customer) {
            double upset = t.upset();
            all.add(new TurningPoint(t.seq(), anonymiser.mask(t.text()), upset, upset - before));
            before = upset;
        }
        return all.stream().sorted(Comparator.comparingDouble((TurningPoint p) -> -Math.abs(p.change())))
                .limit(TURNING_POINTS).sorted(Comparator.comparingLong(TurningPoint::seq)).toList();
    }

    /** Most signals first, then the lowest rating (unrated last). */
    static final Comparator<CaseStudy> MOST_MISSED = Comparator.comparingInt((CaseStudy c) -> -c.signals().size())
            .thenComparing(c -> c.rating() == null ? 6 : c.rating());
}
