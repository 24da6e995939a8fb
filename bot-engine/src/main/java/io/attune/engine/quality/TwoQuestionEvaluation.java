package io.attune.engine.quality;

import io.attune.engine.KnowledgeAnswers;
import io.attune.engine.RoutineKnowledge;
import io.attune.engine.TwoQuestions;
import io.attune.engine.knowledge.KnowledgeBase;
import io.attune.engine.knowledge.KnowledgeTrainer;
import io.attune.engine.reply.SmallTalk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How {@link TwoQuestions} does with the shop's classifier as it ships: on {@code two-questions-tune.tsv} (the
 * team's two-question messages, both asks labelled), how many are split into the two right intents; on a split of
 * {@code eval/shop-questions} (one label per message), how many messages not tagged {@code two-questions} are
 * wrongly split, and what becomes of those that are tagged. Prints Markdown. Run with {@code tune} to choose, and
 * with {@code measure} only to report:
 * {@code java -cp ... io.attune.engine.quality.TwoQuestionEvaluation eval/shop-questions tune}.
 */
public final class TwoQuestionEvaluation {

    private static final double[] SURE = {0.45, 0.5, 0.6, 0.7, 0.8};

    private TwoQuestionEvaluation() {
    }

    record Pair(String text, String first, String second) {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "eval/shop-questions");
        String split = args.length > 1 ? args[1] : "tune";
        RoutineKnowledge shipped = new KnowledgeAnswers(new KnowledgeTrainer().train(KnowledgeBase.shop()));
        SmallTalk social = new SmallTalk();
        List<QuestionEvaluation.Question> questions = QuestionEvaluation.read(folder.resolve(split + ".tsv"));
        StringBuilder md = new StringBuilder();
        if (split.equals("tune")) {
            List<Pair> pairs = Files.readAllLines(folder.resolve("two-questions-tune.tsv")).stream().skip(1)
                    .filter(l -> !l.isBlank()).map(l -> l.split("\t")).map(c -> new Pair(c[0], c[1], c[2])).toList();
            md.append("| sure | two-questions-tune.tsv: both intents right | split, an intent wrong | not split "
                    + "| tune.tsv one-ask messages split |\n|---:|---:|---:|---:|---:|\n");
            for (double sure : SURE) {
                int right = 0;
                int wrong = 0;
                for (Pair p : pairs) {
                    Optional<TwoQuestions.Split> s = TwoQuestions.in(p.text(), shipped::classify, sure);
                    if (s.isPresent() && s.get().firstIntent().intent().equals(p.first())
                            && s.get().secondIntent().intent().equals(p.second())) {
                        right++;
                    } else if (s.isPresent()) {
                        wrong++;
                    }
                }
                md.append(String.format(Locale.ROOT, "| %.2f | %s | %s | %s | %s |%n", sure, of(right, pairs.size()),
                        of(wrong, pairs.size()), of(pairs.size() - right - wrong, pairs.size()),
                        falseSplits(questions, shipped, social, sure)));
            }
            md.append("\nAt ").append(TwoQuestions.SURE).append(", two-questions-tune.tsv:\n\n");
            for (Pair p : pairs) {
                md.append("- ").append(p.text()).append(" (").append(p.first()).append(" + ").append(p.second())
                        .append("): ").append(heard(TwoQuestions.in(p.text(), shipped::classify, TwoQuestions.SURE)))
                        .append('\n');
            }
        }
        md.append("\n").append(cost(questions, shipped));
        md.append("\n").append(split).append(".tsv at ").append(TwoQuestions.SURE).append(": one-ask messages split ")
                .append(falseSplits(questions, shipped, social, TwoQuestions.SURE)).append("\n\n");
        for (QuestionEvaluation.Question q : questions) {
            Optional<TwoQuestions.Split> s = social.kind(q.text()).isPresent() ? Optional.empty()
                    : TwoQuestions.in(q.text(), shipped::classify, TwoQuestions.SURE);
            if (q.tags().contains("two-questions") || s.isPresent()) {
                md.append("- ").append(q.tags().contains("two-questions") ? "[two] " : "[one] ").append(q.text())
                        .append(" (").append(q.intent()).append("): ").append(heard(s)).append('\n');
            }
        }
        System.out.print(md);
    }

    /**
     * What the rule adds to a turn, over this split's messages heard once each (each part is new text for the
     * classifier, so its sentence encoding is not cached): the share of messages with somewhere to cut, the part
     * classifications per message, and the median and 90th-percentile wall time of the rule per message.
     */
    private static String cost(List<QuestionEvaluation.Question> questions, RoutineKnowledge knowledge) {
        int[] classified = {0};
        int withCut = 0;
        long[] nanos = new long[questions.size()];
        for (int i = 0; i < questions.size(); i++) {
            String text = questions.get(i).text();
            withCut += TwoQuestions.mayAskTwo(text) ? 1 : 0;
            long start = System.nanoTime();
            TwoQuestions.in(text, t -> {
                classified[0]++;
                return knowledge.classify(t);
            });
            nanos[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(nanos);
        return String.format(Locale.ROOT, "Cost: %d of %d messages have somewhere to cut; %.2f part classifications "
                        + "per message; the rule's wall time per message median %.3f ms, 90th percentile %.2f ms.%n",
                withCut, questions.size(), classified[0] / (double) questions.size(), nanos[nanos.length / 2] / 1e6,
                nanos[(int) (nanos.length * 0.9)] / 1e6);
    }

    /** Messages with one ask (not tagged two-questions, not social) that the rule splits. */
    private static String falseSplits(List<QuestionEvaluation.Question> questions, RoutineKnowledge knowledge,
                                      SmallTalk social, double sure) {
        List<QuestionEvaluation.Question> single = questions.stream()
                .filter(q -> !q.tags().contains("two-questions") && social.kind(q.text()).isEmpty()).toList();
        long split = single.stream().filter(q -> TwoQuestions.in(q.text(), knowledge::classify, sure).isPresent()).count();
        return of((int) split, single.size());
    }

    private static String heard(Optional<TwoQuestions.Split> s) {
        return s.map(x -> "\"" + x.first() + "\" " + x.firstIntent().intent() + String.format(Locale.ROOT, " %.2f",
                x.firstIntent().confidence()) + " + \"" + x.second() + "\" " + x.secondIntent().intent()
                + String.format(Locale.ROOT, " %.2f", x.secondIntent().confidence())).orElse("one message");
    }

    private static String of(int part, int whole) {
        return String.format(Locale.ROOT, "%d of %d", part, whole);
    }
}
