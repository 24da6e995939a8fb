package io.attune.engine.quality;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attune.engine.conversation.ClosedBy;
import io.attune.engine.emotion.CoreNlpEmotionReader;
import io.attune.engine.emotion.EmotionReader;
import io.attune.engine.satisfaction.ConversationArc;
import io.attune.engine.satisfaction.LogisticFit;
import io.attune.engine.satisfaction.LogisticFit.Example;
import io.attune.engine.satisfaction.SatisfactionModel;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The predicted satisfaction on the team's labelled conversations ({@code eval/satisfaction}): each customer turn is
 * read by the engine's real {@link EmotionReader}, the arc built as the admin page builds it, and the survey answer
 * of 1 or 2 predicted. Prints ROC AUC (for dissatisfied) and expected calibration error (10 equal-width bins) of the
 * shipped model on tune and measure. With {@code fit FILE} it first fits on tune only (L2 penalty 1.0, set before
 * looking at any figure) and writes the weights to FILE (the engine's {@code models/satisfaction.properties}).
 * Run: {@code java -cp bot-engine/target/classes:$(cat bot-engine/target/classpath.txt)
 * io.attune.engine.quality.SatisfactionEvaluation eval/satisfaction [fit FILE]}.
 */
public final class SatisfactionEvaluation {

    static final double L2 = 1.0;

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** One line of the set. */
    record Labelled(String id, List<String> turns, Integer handoffAfter, boolean agentJoined, double waitMinutes,
                    int botFailures, ClosedBy closedBy, int rating) {
    }

    private SatisfactionEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "eval/satisfaction");
        EmotionReader reader = CoreNlpEmotionReader.create();
        List<Example> tune = examples(reader, folder.resolve("tune.jsonl"));
        List<Example> measure = examples(reader, folder.resolve("measure.jsonl"));
        SatisfactionModel model;
        if (args.length > 2 && args[1].equals("fit")) {
            model = LogisticFit.fit(tune, L2);
            try (Writer out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
                model.write(out, List.of("Predicted satisfaction: chance of a survey answer of 1 or 2.",
                        "Fitted by io.attune.engine.quality.SatisfactionEvaluation fit on eval/satisfaction/tune.jsonl ("
                                + tune.size() + " conversations), L2 " + L2 + "; never on measure."));
            }
        } else {
            model = SatisfactionModel.shipped();
        }
        model.weights().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> System.out.printf(Locale.ROOT, "  weight %-20s %7.3f%n", e.getKey(), e.getValue()));
        System.out.printf(Locale.ROOT, "  intercept            %7.3f%n", model.intercept());
        print("tune", model, tune);
        print("measure", model, measure);
    }

    private static void print(String split, SatisfactionModel model, List<Example> examples) {
        double[] p = examples.stream().mapToDouble(e -> model.predict(e.arc()).dissatisfied()).toArray();
        boolean[] y = new boolean[examples.size()];
        int positives = 0;
        for (int i = 0; i < y.length; i++) {
            y[i] = examples.get(i).dissatisfied();
            positives += y[i] ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "%-8s %d conversations (%d answered 1-2): ROC AUC %.3f, ECE %.3f, "
                        + "mean predicted %.3f, observed %.3f%n", split, examples.size(), positives, auc(p, y), ece(p, y),
                java.util.Arrays.stream(p).average().orElse(0), (double) positives / examples.size());
    }

    /** The chance a dissatisfied conversation scores above a satisfied one (ties count half). */
    static double auc(double[] p, boolean[] y) {
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p.length; j++) {
                if (y[i] && !y[j]) {
                    pairs++;
                    wins += p[i] > p[j] ? 1 : p[i] == p[j] ? 0.5 : 0;
                }
            }
        }
        return pairs == 0 ? Double.NaN : wins / pairs;
    }

    /** Expected calibration error over 10 equal-width bins of the predicted chance. */
    static double ece(double[] p, boolean[] y) {
        double[] sumP = new double[10];
        double[] sumY = new double[10];
        int[] n = new int[10];
        for (int i = 0; i < p.length; i++) {
            int bin = Math.min(9, (int) (p[i] * 10));
            sumP[bin] += p[i];
            sumY[bin] += y[i] ? 1 : 0;
            n[bin]++;
        }
        double error = 0;
        for (int b = 0; b < 10; b++) {
            error += n[b] == 0 ? 0 : Math.abs(sumP[b] - sumY[b]) / p.length;
        }
        return error;
    }

    private static List<Example> examples(EmotionReader reader, Path file) throws IOException {
        List<Example> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            Labelled l = JSON.readValue(line, Labelled.class);
            List<Double> upsets = new ArrayList<>();
            for (int i = 0; i < l.turns().size(); i++) {
                upsets.add(reader.read(l.turns().get(i), l.turns().subList(0, i)).upset());
            }
            boolean handedOver = l.handoffAfter() != null;
            ConversationArc arc = ConversationArc.of(upsets, handedOver, handedOver && l.agentJoined(),
                    Duration.ofSeconds(Math.round(l.waitMinutes() * 60)), l.botFailures(), l.closedBy());
            out.add(new Example(arc, l.rating() <= 2));
        }
        return out;
    }
}
