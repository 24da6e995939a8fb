package io.attune.engine.quality;

import io.attune.engine.coaching.CoachingRules;
import io.attune.engine.coaching.DraftReview;
import io.attune.engine.coaching.DraftReviewer;
import io.attune.engine.emotion.CoreNlpEmotionReader;
import io.attune.engine.emotion.EmotionReader;
import io.attune.engine.emotion.EmotionReading;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plays the team's labelled agent replies ({@code eval/agent-replies}) through the draft review as the
 * console does: the customer's last message is read by the engine's real {@link EmotionReader}, then the
 * reply is reviewed against that reading. Prints the note's precision and recall on each split.
 * Thresholds are chosen on {@code tune.tsv} only (argument {@code sweep} prints the trade-off there).
 * Run: {@code java -cp bot-engine/target/classes:$(cat bot-engine/target/classpath.txt) io.attune.engine.quality.AgentReplyEvaluation [folder] [sweep|fitted|moods]}.
 */
public final class AgentReplyEvaluation {

    /** One labelled reply. */
    record LabelledReply(String mood, String customer, String reply, boolean note, String cue) {
    }

    /** The note's figures on one split. */
    record Figures(int replies, int truePositives, int falsePositives, int falseNegatives) {

        double precision() {
            return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d replies: precision %.3f (%d/%d), recall %.3f (%d/%d)", replies,
                    precision(), truePositives, truePositives + falsePositives, recall(), truePositives, truePositives + falseNegatives);
        }
    }

    private AgentReplyEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "eval/agent-replies");
        boolean sweep = args.length > 1 && args[1].equals("sweep");
        EmotionReader reader = CoreNlpEmotionReader.create();
        DraftReviewer reviewer = new DraftReviewer(CoachingRules.defaults());
        for (String split : List.of("tune", "measure")) {
            List<LabelledReply> replies = read(folder.resolve(split + ".tsv"));
            List<EmotionReading> readings = replies.stream().map(r -> reader.read(r.customer(), List.of())).toList();
            if (args.length > 1 && args[1].equals("moods") && split.equals("tune")) {
                for (int i = 0; i < replies.size(); i++) {
                    EmotionReading m = readings.get(i);
                    System.out.printf(Locale.ROOT, "  mood %-10s sentiment %5.2f negative %.2f neutral %.2f cues %s  %s%n", replies.get(i).mood(),
                            m.sentiment(), m.negativeIntensity(), m.intensity(io.attune.engine.emotion.Emotion.NEUTRAL), m.cues(), replies.get(i).customer());
                }
            }
            if (args.length > 1 && args[1].equals("fitted") && split.equals("tune")) {
                crossValidate(reviewer, replies, readings);
            }
            System.out.printf("%-8s %s%n", split, figures(reviewer, replies, readings, split.equals("tune")));
            if (sweep && split.equals("tune")) {
                for (double upsetAt : new double[] {0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5}) {
                    for (double negativeAt : new double[] {-0.5, -0.4, -0.3, -0.2}) {
                        DraftReviewer r = new DraftReviewer(new CoachingRules(upsetAt, negativeAt));
                        System.out.printf(Locale.ROOT, "  upsetAt %.2f negativeAt %.2f: %s%n", upsetAt, negativeAt,
                                figures(r, replies, readings, false));
                    }
                }
            }
        }
    }

    static Figures figures(DraftReviewer reviewer, List<LabelledReply> replies, List<EmotionReading> readings, boolean printMistakes) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < replies.size(); i++) {
            LabelledReply r = replies.get(i);
            DraftReview review = reviewer.review(r.reply(), readings.get(i));
            tp += review.note() && r.note() ? 1 : 0;
            fp += review.note() && !r.note() ? 1 : 0;
            fn += !review.note() && r.note() ? 1 : 0;
            if (printMistakes && review.note() != r.note()) {
                EmotionReading m = readings.get(i);
                System.out.printf(Locale.ROOT, "  %s [%s, read %s %.2f, upset %b] \"%s\" -> labelled %s (%s), noted %s%n",
                        review.note() ? "FALSE NOTE" : "MISSED", r.mood(), m.strongest(), m.intensity(m.strongest()),
                        reviewer.upset(m), r.reply(), r.note() ? "note" : "none", r.cue(), review.reasons());
            }
        }
        return new Figures(replies.size(), tp, fp, fn);
    }

    /**
     * The experiment behind "rules only": 5-fold cross-validation on tune of a CoreNLP linear classifier over the
     * rules' reasons, the upset flag and the reply's words, alone and or-ed with the rules. Never run on measure.
     */
    static void crossValidate(DraftReviewer reviewer, List<LabelledReply> replies, List<EmotionReading> readings) {
        int folds = 5;
        for (double sigma : new double[] {0.5, 1.0, 3.0}) {
            int[] fitted = new int[3];
            double[] cuts = {0.5, 0.6, 0.7, 0.8, 0.9};
            int[][] either = new int[cuts.length][3];
            int[] rules = new int[3];
            for (int fold = 0; fold < folds; fold++) {
                edu.stanford.nlp.classify.Dataset<String, String> data = new edu.stanford.nlp.classify.Dataset<>();
                for (int i = 0; i < replies.size(); i++) {
                    if (i % folds != fold) {
                        data.add(new edu.stanford.nlp.ling.BasicDatum<>(features(reviewer, replies.get(i), readings.get(i)),
                                replies.get(i).note() ? "note" : "none"));
                    }
                }
                edu.stanford.nlp.classify.LinearClassifierFactory<String, String> factory = new edu.stanford.nlp.classify.LinearClassifierFactory<>();
                factory.setSigma(sigma);
                factory.setVerbose(false);
                edu.stanford.nlp.classify.LinearClassifier<String, String> model = factory.trainClassifier(data);
                for (int i = fold; i < replies.size(); i += folds) {
                    LabelledReply r = replies.get(i);
                    boolean byRules = reviewer.review(r.reply(), readings.get(i)).note();
                    double p = model.probabilityOf(new edu.stanford.nlp.ling.BasicDatum<>(features(reviewer, r, readings.get(i)))).getCount("note");
                    count(rules, byRules, r.note());
                    count(fitted, p >= 0.5, r.note());
                    for (int k = 0; k < cuts.length; k++) {
                        count(either[k], byRules || p >= cuts[k], r.note());
                    }
                }
            }
            System.out.printf(Locale.ROOT, "  5-fold on tune, sigma %.1f: rules %s | fitted (p >= 0.5) %s%n", sigma,
                    new Figures(replies.size(), rules[0], rules[1], rules[2]), new Figures(replies.size(), fitted[0], fitted[1], fitted[2]));
            for (int k = 0; k < cuts.length; k++) {
                System.out.printf(Locale.ROOT, "    rules or fitted p >= %.1f: %s%n", cuts[k],
                        new Figures(replies.size(), either[k][0], either[k][1], either[k][2]));
            }
        }
    }

    private static void count(int[] c, boolean predicted, boolean gold) {
        c[0] += predicted && gold ? 1 : 0;
        c[1] += predicted && !gold ? 1 : 0;
        c[2] += !predicted && gold ? 1 : 0;
    }

    private static List<String> features(DraftReviewer reviewer, LabelledReply r, EmotionReading mood) {
        List<String> f = new ArrayList<>();
        reviewer.review(r.reply(), mood).reasons().forEach(c -> f.add("cue=" + c));
        f.add("upset=" + reviewer.upset(mood));
        for (String w : r.reply().toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            if (!w.isEmpty()) {
                f.add("w=" + w);
            }
        }
        f.add("short=" + (r.reply().length() < 40));
        return f;
    }

    static List<LabelledReply> read(Path file) throws IOException {
        List<LabelledReply> replies = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 5 || !(f[3].equals("note") || f[3].equals("none"))) {
                throw new IllegalArgumentException(file + ": not mood, customer, reply, note|none, cue: " + line);
            }
            replies.add(new LabelledReply(f[0], f[1], f[2], f[3].equals("note"), f[4]));
        }
        return replies;
    }
}
