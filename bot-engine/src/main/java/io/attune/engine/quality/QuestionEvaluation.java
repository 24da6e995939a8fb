package io.attune.engine.quality;

import io.attune.engine.intent.IntentClassifier;
import io.attune.engine.intent.IntentPrediction;
import io.attune.engine.knowledge.KnowledgeBase;
import io.attune.engine.knowledge.KnowledgeTrainer;
import io.attune.engine.reply.SmallTalk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The shop's intent classifier, trained on the seed knowledge base as it ships, on the team's own
 * customer questions, heard as the bot hears them (social turns first, then the classifier)
 * ({@code eval/shop-questions}: typos, colloquial and indirect forms, small talk and
 * off-topic). {@code tune.tsv} may be used to choose thresholds and add examples; {@code measure.tsv} is
 * only measured. Run: {@code ./mvnw -B -pl bot-engine -Pquality compile exec:exec@questions}
 * (writes docs/quality-questions.md).
 */
public final class QuestionEvaluation {

    record Question(String text, String intent, String tags) {
    }

    /** Conversation-level labels the bot answers without a knowledge-base answer. */
    private static final Set<String> CHAT = Set.of("greeting", "thanks", "goodbye", "small_talk");

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "eval/shop-questions");
        Path out = Path.of(args.length > 1 ? args[1] : "docs/quality-questions.md");
        IntentClassifier classifier = new KnowledgeTrainer().train(KnowledgeBase.shop()).classifier();
        SmallTalk social = new SmallTalk();
        StringBuilder md = new StringBuilder("# Customer questions in their own words\n\nWritten by "
                + "`io.attune.engine.quality.QuestionEvaluation` from `eval/shop-questions` (the team's own questions, see its "
                + "README): the shop's classifier as it ships, with its out-of-scope threshold. `tune` may be used to choose "
                + "thresholds and add examples; `measure` never is.\n\n");
        for (String split : List.of("tune", "measure")) {
            List<Question> questions = read(folder.resolve(split + ".tsv"));
            Map<String, int[]> perIntent = new TreeMap<>();
            int right = 0;
            int wronglyOutOfScope = 0;
            int wrongIntent = 0;
            int inScope = 0;
            int chat = 0;
            int chatRight = 0;
            for (Question q : questions) {
                // as the bot hears it: social turns first (BotResponder), then the classifier
                IntentPrediction p = social.kind(q.text()).map(k -> new IntentPrediction(label(k), 1.0))
                        .orElseGet(() -> classifier.classify(q.text()));
                boolean ok = p.intent().equals(q.intent());
                right += ok ? 1 : 0;
                int[] c = perIntent.computeIfAbsent(q.intent(), i -> new int[2]);
                c[0]++;
                c[1] += ok ? 1 : 0;
                if (CHAT.contains(q.intent())) {
                    chat++;
                    chatRight += ok ? 1 : 0;
                }
                if (!q.intent().equals(IntentPrediction.OUT_OF_SCOPE)) {
                    inScope++;
                    wronglyOutOfScope += p.outOfScope() ? 1 : 0;
                    wrongIntent += !ok && !p.outOfScope() ? 1 : 0;
                } else {
                    wrongIntent += !ok ? 1 : 0;
                }
            }
            md.append("## ").append(split).append(" (").append(questions.size()).append(" questions)\n\n| measure | value |\n|---|---:|\n");
            row(md, split, "intent accuracy (all questions)", share(right, questions.size()));
            row(md, split, "in-scope questions wrongly taken as out of scope", share(wronglyOutOfScope, inScope));
            row(md, split, "questions answered with a wrong intent (of all)", share(wrongIntent, questions.size()));
            row(md, split, "greetings, thanks, goodbyes and small talk handled", share(chatRight, chat));
            md.append("\n| intent | right |\n|---|---:|\n");
            perIntent.forEach((intent, c) -> md.append("| ").append(intent).append(" | ").append(share(c[1], c[0])).append(" |\n"));
            md.append('\n');
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md);
        System.out.println("wrote " + out.toAbsolutePath());
    }

    private static String label(SmallTalk.Kind kind) {
        return switch (kind) {
            case GREETING -> "greeting";
            case THANKS -> "thanks";
            case GOODBYE -> "goodbye";
            case CHAT, ACKNOWLEDGEMENT -> "small_talk";
        };
    }

    private static void row(StringBuilder md, String split, String name, String value) {
        System.out.printf("%-8s %-55s %s%n", split, name, value);
        md.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    static List<Question> read(Path file) throws IOException {
        List<Question> questions = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                String[] cells = line.split("\t", -1);
                questions.add(new Question(cells[0], cells[1].strip(), cells.length > 2 ? cells[2] : ""));
            }
        }
        return questions;
    }

    private static String share(int part, int whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%% (%d of %d)", 100.0 * part / whole, part, whole);
    }
}
