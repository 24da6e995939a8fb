package io.attune.engine.quality;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.classify.WeightedRVFDataset;
import edu.stanford.nlp.ling.RVFDatum;
import edu.stanford.nlp.stats.Counter;
import io.attune.engine.emotion.CoreNlpEmotionReader;
import io.attune.engine.emotion.CueDetector;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionModel;
import io.attune.engine.emotion.FittedReading;
import io.attune.engine.emotion.FittedReading.Calibration;
import io.attune.engine.emotion.SentimentScorer;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Fits {@link FittedReading} on the tune part of the team's support chats only ({@code tune.jsonl} and,
 * when it is there, {@code tune-extra.jsonl} beside it; never {@code measure.jsonl}): each customer turn's
 * features, with the turns before it as context, against its label. The emotion part learns the emotion
 * when a careful reader calls it medium or high, else neutral; the upset part learns how upset (anger or
 * frustration) the turn is, as a graded target (high 1, medium 0.7, low 0.3, other emotions 0) with high
 * turns weighted three times; its probability is then calibrated (Platt scaling) on chats held out of its fit.
 * Every choice below (sigmas, weights, target, calibration) was made by 5-fold cross-validation over
 * conversations of the tune part: {@code cv} prints that comparison, {@code diagnose} the held-out
 * readings of the high anger and frustration turns.
 * Run: {@code ./mvnw -B -pl bot-engine -Pquality compile exec:exec@train-reading} (writes
 * bot-engine/src/main/resources/{@value FittedReading#RESOURCE}); arguments: tune file, output file,
 * optionally {@code cv} or {@code diagnose} (then nothing is written).
 */
public final class TrainReadingModel {

    /** How one reading model is fitted. */
    record Variant(String name, double sigma, double highWeight, boolean upsetPart, double upsetSigma,
                   boolean graded, String calibration) {
    }

    /** The shipped choice (see the class comment and docs/quality-chats.md). */
    static final Variant SHIPPED = new Variant("shipped: upset part sigma 1.0, graded, high x3, platt", 3.0, 3.0, true, 1.0, true, "platt");

    private static final int FOLDS = 5;

    /** One labelled customer turn, read once. */
    record Turn(String chat, String text, Counter<String> features, ChatEvaluation.LabelledTurn label) {

        boolean upsetEmotion() {
            Emotion e = label.label();
            return e == Emotion.ANGER || e == Emotion.FRUSTRATION;
        }

        boolean strongUpset() {
            return upsetEmotion() && label.strong();
        }

        boolean high() {
            return "high".equals(label.intensity());
        }

        double gradedUpset() {
            if (!upsetEmotion()) {
                return 0;
            }
            return switch (label.intensity()) {
                case "high" -> 1.0;
                case "medium" -> 0.7;
                case "low" -> 0.3;
                default -> 0;
            };
        }
    }

    public static void main(String[] args) throws IOException {
        Path tune = Path.of(args.length > 0 ? args[0] : "eval/support-chats/tune.jsonl");
        Path out = Path.of(args.length > 1 ? args[1] : "bot-engine/src/main/resources/" + FittedReading.RESOURCE);
        String mode = args.length > 2 ? args[2] : "write";
        List<Path> files = new ArrayList<>(List.of(tune));
        Path extra = tune.resolveSibling("tune-extra.jsonl");
        if (Files.exists(extra) && !extra.equals(tune)) {
            files.add(extra);
        }
        CoreNlpEmotionReader blend = new CoreNlpEmotionReader(new SentimentScorer(), EmotionModel.fromClasspath(), new CueDetector());
        List<List<Turn>> byChat = new ArrayList<>();
        for (Path file : files) {
            for (ChatEvaluation.Chat chat : ChatEvaluation.read(file)) {
                List<Turn> turns = new ArrayList<>();
                List<String> earlier = new ArrayList<>();
                for (ChatEvaluation.LabelledTurn turn : chat.turns()) {
                    turns.add(new Turn(chat.id(), turn.text(), FittedReading.features(turn.text(),
                            blend.blended(turn.text(), earlier), List.copyOf(earlier)), turn));
                    earlier.add(turn.text());
                }
                byChat.add(turns);
            }
        }
        System.out.printf(Locale.ROOT, "%d conversations, %d turns from %s%n", byChat.size(),
                byChat.stream().mapToInt(List::size).sum(), files);
        switch (mode) {
            case "cv" -> compare(byChat);
            case "diagnose" -> diagnose(byChat, SHIPPED);
            default -> {
                System.out.println(cvFigures(byChat, SHIPPED).row(SHIPPED.name()));
                FittedReading.Parts parts = train(byChat, SHIPPED);
                Files.createDirectories(out.toAbsolutePath().getParent());
                try (ObjectOutputStream o = new ObjectOutputStream(new GZIPOutputStream(Files.newOutputStream(out)))) {
                    o.writeObject(parts);
                }
                System.out.println("wrote " + out.toAbsolutePath() + " from " + byChat.size() + " conversations");
            }
        }
    }

    /** The variants compared by cross-validation on the tune part; the shipped one is among them. */
    static List<Variant> variants() {
        List<Variant> v = new ArrayList<>();
        for (double sigma : new double[] {1.0, 3.0}) {
            v.add(new Variant("emotions only (before), sigma " + sigma, sigma, 1, false, 0, false, "none"));
        }
        v.add(new Variant("emotions only, high x2", 3.0, 2, false, 0, false, "none"));
        for (double us : new double[] {0.3, 1.0, 3.0}) {
            for (boolean graded : new boolean[] {false, true}) {
                for (String cal : new String[] {"none", "platt", "isotonic"}) {
                    for (double hw : new double[] {1, 2, 3}) {
                        v.add(new Variant(String.format(Locale.ROOT, "upset part sigma %.1f, %s, high x%.0f, %s", us,
                                graded ? "graded" : "medium/high", hw, cal), 3.0, hw, true, us, graded, cal));
                    }
                }
            }
        }
        return v;
    }

    private static void compare(List<List<Turn>> byChat) {
        System.out.println("| variant | strongest right | high upset >= 0.6 | calm >= 0.6 | upset ECE | medium upset >= 0.6 |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (Variant v : variants()) {
            System.out.println(cvFigures(byChat, v).row(v.name()));
        }
    }

    /** The held-out reading of every high anger or frustration turn, the lowest first. */
    private static void diagnose(List<List<Turn>> byChat, Variant v) {
        List<Map<Emotion, Double>> readings = heldOut(byChat, v, FOLDS);
        List<Turn> turns = byChat.stream().flatMap(List::stream).toList();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            if (turns.get(i).upsetEmotion() && turns.get(i).label.strong()) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble(i -> upset(readings.get(i))));
        for (int i : order) {
            Turn t = turns.get(i);
            Map<Emotion, Double> r = readings.get(i);
            System.out.printf(Locale.ROOT, "%-5s %-11s %-6s upset %.2f (anger %.2f, frustration %.2f)  %s%n", t.chat(),
                    t.label().emotion(), t.label().intensity(), upset(r), r.get(Emotion.ANGER), r.get(Emotion.FRUSTRATION), t.text());
        }
        System.out.println(cvFigures(byChat, v).row(v.name()));
    }

    /** Held-out figures: each conversation read by a model fitted without its fold. */
    static Figures cvFigures(List<List<Turn>> byChat, Variant v) {
        List<Map<Emotion, Double>> readings = heldOut(byChat, v, FOLDS);
        List<Turn> turns = byChat.stream().flatMap(List::stream).toList();
        Figures f = new Figures();
        for (int i = 0; i < turns.size(); i++) {
            f.add(turns.get(i), readings.get(i));
        }
        return f;
    }

    /** The reading of every turn (in order) by models fitted on the other folds' conversations. */
    private static List<Map<Emotion, Double>> heldOut(List<List<Turn>> byChat, Variant v, int folds) {
        List<List<Map<Emotion, Double>>> byChatReadings = new ArrayList<>();
        for (int i = 0; i < byChat.size(); i++) {
            byChatReadings.add(null);
        }
        for (int fold = 0; fold < folds; fold++) {
            List<List<Turn>> train = new ArrayList<>();
            for (int i = 0; i < byChat.size(); i++) {
                if (i % folds != fold) {
                    train.add(byChat.get(i));
                }
            }
            FittedReading model = new FittedReading(train(train, v));
            for (int i = fold; i < byChat.size(); i += folds) {
                byChatReadings.set(i, byChat.get(i).stream().map(t -> model.intensities(t.features())).toList());
            }
        }
        return byChatReadings.stream().flatMap(List::stream).toList();
    }

    /** Fits both parts on these conversations; the calibration on their own held-out folds. */
    static FittedReading.Parts train(List<List<Turn>> byChat, Variant v) {
        List<Turn> turns = byChat.stream().flatMap(List::stream).toList();
        WeightedRVFDataset<String, String> emotions = new WeightedRVFDataset<>();
        for (Turn t : turns) {
            String label = t.label().strong() ? t.label().label().name() : Emotion.NEUTRAL.name();
            emotions.add(new RVFDatum<>(t.features(), label), (float) (t.high() ? v.highWeight() : 1));
        }
        LinearClassifier<String, String> emotionPart = fit(emotions, v.sigma());
        if (!v.upsetPart()) {
            return new FittedReading.Parts(emotionPart, null, null);
        }
        LinearClassifier<String, String> upsetPart = fitUpset(turns, v);
        Calibration calibration = null;
        if (!v.calibration().equals("none")) {
            // the raw upset of each turn by an upset part fitted without its fold, against what the reader said
            List<double[]> pairs = new ArrayList<>();
            for (int fold = 0; fold < FOLDS; fold++) {
                List<Turn> in = new ArrayList<>();
                List<Turn> out = new ArrayList<>();
                for (int i = 0; i < byChat.size(); i++) {
                    (i % FOLDS == fold ? out : in).addAll(byChat.get(i));
                }
                LinearClassifier<String, String> c = fitUpset(in, v);
                for (Turn t : out) {
                    double raw = c.probabilityOf(new RVFDatum<>(t.features())).getCount("UPSET");
                    pairs.add(new double[] {raw, t.strongUpset() ? 1 : 0});
                }
            }
            calibration = v.calibration().equals("platt") ? platt(pairs) : isotonic(pairs);
        }
        return new FittedReading.Parts(emotionPart, upsetPart, calibration);
    }

    private static LinearClassifier<String, String> fitUpset(List<Turn> turns, Variant v) {
        WeightedRVFDataset<String, String> upset = new WeightedRVFDataset<>();
        for (Turn t : turns) {
            double w = t.high() ? v.highWeight() : 1;
            double target = v.graded() ? t.gradedUpset() : (t.strongUpset() ? 1 : 0);
            if (target > 0) {
                upset.add(new RVFDatum<>(t.features(), "UPSET"), (float) (w * target));
            }
            if (target < 1) {
                upset.add(new RVFDatum<>(t.features(), "CALM"), (float) (w * (1 - target)));
            }
        }
        return fit(upset, v.upsetSigma());
    }

    private static LinearClassifier<String, String> fit(WeightedRVFDataset<String, String> data, double sigma) {
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(sigma);
        factory.setVerbose(false);
        return factory.trainClassifier(data);
    }

    /** Isotonic regression (pool adjacent violators) of the target on the raw probability. */
    static Calibration isotonic(List<double[]> pairs) {
        List<double[]> sorted = new ArrayList<>(pairs);
        sorted.sort(Comparator.comparingDouble(p -> p[0]));
        // blocks: [sum x, sum y, n]
        List<double[]> blocks = new ArrayList<>();
        for (double[] p : sorted) {
            blocks.add(new double[] {p[0], p[1], 1});
            while (blocks.size() > 1) {
                double[] b = blocks.get(blocks.size() - 1);
                double[] a = blocks.get(blocks.size() - 2);
                if (a[1] / a[2] < b[1] / b[2]) {
                    break;
                }
                a[0] += b[0];
                a[1] += b[1];
                a[2] += b[2];
                blocks.remove(blocks.size() - 1);
            }
        }
        double[] x = new double[blocks.size()];
        double[] y = new double[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            x[i] = blocks.get(i)[0] / blocks.get(i)[2];
            y[i] = blocks.get(i)[1] / blocks.get(i)[2];
        }
        // equal x (ties) would make the curve jump: keep strictly increasing x
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (!points.isEmpty() && x[i] <= points.get(points.size() - 1)[0]) {
                points.get(points.size() - 1)[1] = Math.max(points.get(points.size() - 1)[1], y[i]);
            } else {
                points.add(new double[] {x[i], y[i]});
            }
        }
        return new Calibration(points.stream().mapToDouble(p -> p[0]).toArray(), points.stream().mapToDouble(p -> p[1]).toArray());
    }

    /** Platt scaling: a logistic regression of the target on the raw probability's log-odds, sampled as a curve. */
    static Calibration platt(List<double[]> pairs) {
        double a = 1;
        double b = 0;
        for (int iter = 0; iter < 100; iter++) {
            double ga = 0;
            double gb = 0;
            double haa = 1e-6;
            double hab = 0;
            double hbb = 1e-6;
            for (double[] p : pairs) {
                double z = logit(p[0]);
                double q = 1 / (1 + Math.exp(-(a * z + b)));
                double r = q - p[1];
                ga += r * z;
                gb += r;
                double w = q * (1 - q);
                haa += w * z * z;
                hab += w * z;
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) + Math.abs(db) < 1e-9) {
                break;
            }
        }
        int n = 101;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i / (double) (n - 1);
            y[i] = 1 / (1 + Math.exp(-(a * logit(x[i]) + b)));
        }
        return new Calibration(x, y);
    }

    private static double logit(double p) {
        double q = Math.max(1e-4, Math.min(1 - 1e-4, p));
        return Math.log(q / (1 - q));
    }

    private static double upset(Map<Emotion, Double> r) {
        return Math.max(r.get(Emotion.ANGER), r.get(Emotion.FRUSTRATION));
    }

    /** The reading figures of ChatEvaluation, on held-out readings. */
    static final class Figures {
        int strong;
        int strongRight;
        int high;
        int highRead;
        int medium;
        int mediumRead;
        int calm;
        int calmUpset;
        final ChatEvaluation.Calibration calibration = new ChatEvaluation.Calibration();

        void add(Turn t, Map<Emotion, Double> r) {
            Emotion label = t.label().label();
            double upset = upset(r);
            if (t.label().strong() && label != Emotion.NEUTRAL) {
                strong++;
                Emotion best = Emotion.NEUTRAL;
                double value = 0.25;
                for (Emotion e : Emotion.values()) {
                    if (e != Emotion.NEUTRAL && r.get(e) > value) {
                        best = e;
                        value = r.get(e);
                    }
                }
                strongRight += best == label ? 1 : 0;
            }
            if (t.upsetEmotion() && t.high()) {
                high++;
                highRead += upset >= ChatEvaluation.UPSET ? 1 : 0;
            }
            if (t.upsetEmotion() && "medium".equals(t.label().intensity())) {
                medium++;
                mediumRead += upset >= ChatEvaluation.UPSET ? 1 : 0;
            }
            if (label == Emotion.NEUTRAL || label == Emotion.GRATITUDE || label == Emotion.JOY) {
                calm++;
                calmUpset += upset >= ChatEvaluation.UPSET ? 1 : 0;
            }
            calibration.add(upset, t.strongUpset());
        }

        String row(String name) {
            return String.format(Locale.ROOT, "| %s | %s | %s | %s | %.3f | %s |", name, share(strongRight, strong),
                    share(highRead, high), share(calmUpset, calm), calibration.ece(), share(mediumRead, medium));
        }

        private static String share(int part, int whole) {
            return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.0f%% (%d/%d)", 100.0 * part / whole, part, whole);
        }
    }
}
