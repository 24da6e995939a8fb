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
