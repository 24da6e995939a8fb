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
 * Run: {@code java -cp bot-engine/target/classes:$(cat /tmp/cp.txt) io.attune.engine.quality.AgentReplyEvaluation [folder] [sweep]}.
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
