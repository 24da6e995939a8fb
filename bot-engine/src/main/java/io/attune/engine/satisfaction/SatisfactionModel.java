package io.attune.engine.satisfaction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Predicted satisfaction: a logistic regression from a conversation's {@link ConversationArc} to the chance that
 * the customer would answer the survey with 1 or 2 (dissatisfied). Each prediction carries every feature's share
 * of it (weight times value, in log-odds), so the page can say what moved it.
 *
 * <p>The shipped weights ({@value #RESOURCE}) are fitted offline on the tune part of {@code eval/satisfaction}
 * by {@code io.attune.engine.quality.SatisfactionEvaluation fit}; its figures on the measure part are in
 * docs/quality.md.
 */
public record SatisfactionModel(double intercept, Map<Feature, Double> weights) {

    public static final String RESOURCE = "/models/satisfaction.properties";

    public SatisfactionModel {
        EnumMap<Feature, Double> all = new EnumMap<>(Feature.class);
        for (Feature f : Feature.values()) {
            all.put(f, weights.getOrDefault(f, 0.0));
        }
        weights = Map.copyOf(all);
    }

    /** One feature's push on a prediction, in log-odds: positive towards dissatisfied. */
    public record Contribution(Feature feature, double effect) {
    }

    /** @param dissatisfied the chance of a survey answer of 1 or 2 */
    public record Prediction(double dissatisfied, List<Contribution> contributions) {

        /** The features that moved this prediction most, strongest first. */
        public List<Contribution> strongest(int n) {
            return contributions.stream().filter(c -> c.effect() != 0)
                    .sorted(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.effect()))).limit(n).toList();
        }
    }

    /**
     * What one customer turn did to a prediction: the chance of dissatisfied with the turn minus the chance without
     * it (the same conversation, that turn left out); positive towards dissatisfied.
     *
     * @param turn the customer turn, 0-based among the customer's turns
     */
    public record TurnEffect(int turn, double change) {
    }

    /** A prediction and what each customer turn did to it, in the customer's order. */
    public record Explanation(Prediction prediction, List<TurnEffect> turns) {

        /** Less than half a percentage point: shown in whole points it reads as no change. */
        public static final double NOTICEABLE = 0.005;

        /** The customer turns that moved the prediction most (at least {@link #NOTICEABLE}), strongest first. */
        public List<TurnEffect> strongestTurns(int n) {
            return turns.stream().filter(t -> Math.abs(t.change()) >= NOTICEABLE)
                    .sorted(Comparator.comparingDouble((TurnEffect t) -> -Math.abs(t.change()))).limit(n).toList();
        }
    }

    /**
     * The prediction for an ended conversation and each customer turn's part in it, by leaving the turn out: the
     * features are the first, strongest and last upset and the length, so a turn's part is whatever it changed of
     * those (an angry last turn weighs; a calm one after it takes that weight back).
     */
    public Explanation explain(EndedConversation conversation) {
        Prediction prediction = predict(conversation.arc());
        List<TurnEffect> turns = new java.util.ArrayList<>();
        for (int i = 0; i < conversation.customerUpsets().size(); i++) {
            double without = predict(conversation.without(i).arc()).dissatisfied();
            turns.add(new TurnEffect(i, prediction.dissatisfied() - without));
        }
        return new Explanation(prediction, List.copyOf(turns));
    }

    public Prediction predict(ConversationArc arc) {
        double z = intercept;
        List<Contribution> contributions = new java.util.ArrayList<>();
        for (Feature f : Feature.values()) {
            double effect = weights.get(f) * f.of(arc);
            contributions.add(new Contribution(f, effect));
            z += effect;
        }
        return new Prediction(1 / (1 + Math.exp(-z)), List.copyOf(contributions));
    }

    /** The weights shipped with the engine. */
    public static SatisfactionModel shipped() {
        try (InputStream in = SatisfactionModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            Properties p = new Properties();
            p.load(in);
            EnumMap<Feature, Double> weights = new EnumMap<>(Feature.class);
            for (Feature f : Feature.values()) {
                weights.put(f, Double.parseDouble(p.getProperty(f.name(), "0")));
            }
            return new SatisfactionModel(Double.parseDouble(p.getProperty("intercept")), weights);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the weights in the shipped resource's format, after {@code comment} lines. */
    public void write(Writer out, List<String> comment) throws IOException {
        for (String line : comment) {
            out.write("# " + line + "\n");
        }
        out.write(String.format(Locale.ROOT, "intercept=%.6f%n", intercept));
        for (Feature f : Feature.values()) {
            out.write(String.format(Locale.ROOT, "%s=%.6f%n", f.name(), weights.get(f)));
        }
    }
}
