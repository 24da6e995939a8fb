package io.attune.engine.handoff;

import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReading;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Anger and frustration that build up over a conversation. Each customer turn's upset (its anger plus
 * frustration, at most 1) above the calm floor is added to what is left of the earlier turns' build-up,
 * which keeps {@code decay} of itself per turn: four moderately annoyed turns add up where no single one
 * crosses a threshold, while calm turns add nothing and let an old outburst fade.
 *
 * @param level the build-up after the latest turn
 * @param built the turns that still make up a noticeable part of it, oldest first
 */
public record FrustrationBuildUp(double level, List<Contribution> built) {

    /** A turn counts as building the level while what is left of it is at least this share of the level. */
    private static final double NOTICEABLE = 0.05;

    /** One customer turn's part in the build-up: its 1-based number in the conversation and its upset. */
    public record Contribution(int turn, double upset) {
    }

    public FrustrationBuildUp {
        built = List.copyOf(built);
    }

    /** The upset one reading adds before the floor: anger plus frustration, at most 1. */
    public static double upset(EmotionReading reading) {
        return Math.min(1.0, reading.intensity(Emotion.ANGER) + reading.intensity(Emotion.FRUSTRATION));
    }

    /**
     * @param readings the customer's turns in order
     * @param decay    the share of the build-up each new turn keeps (0: only the latest turn counts, 1: nothing fades)
     * @param floor    upset at or below this on a turn adds nothing: the calm noise of the reading
     */
    public static FrustrationBuildUp of(List<EmotionReading> readings, double decay, double floor) {
        double level = 0;
        double[] added = new double[readings.size()];
        for (int i = 0; i < readings.size(); i++) {
            added[i] = Math.max(0.0, upset(readings.get(i)) - floor);
            level = decay * level + added[i];
        }
        List<Contribution> built = new ArrayList<>();
        double weight = 1;
        for (int i = readings.size() - 1; i >= 0 && weight > 0; i--) {
            if (added[i] > 0 && added[i] * weight >= NOTICEABLE * level) {
                built.add(0, new Contribution(i + 1, upset(readings.get(i))));
            }
            weight *= decay;
        }
        return new FrustrationBuildUp(level, built);
    }

    /** "turns 2, 3, 4 (upset 0.45, 0.52, 0.61)", for the agent and the admin. */
    public String describeTurns() {
        return (built.size() == 1 ? "turn " : "turns ")
                + built.stream().map(c -> String.valueOf(c.turn())).collect(Collectors.joining(", "))
                + " (upset " + built.stream().map(c -> String.format(Locale.ROOT, "%.2f", c.upset()))
                .collect(Collectors.joining(", ")) + ")";
    }
}
