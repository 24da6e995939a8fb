package io.attune.engine.quality;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attune.engine.ConversationEngine;
import io.attune.engine.CustomerTurnResult;
import io.attune.engine.KnowledgeAnswers;
import io.attune.engine.RoutineKnowledge;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.emotion.CoreNlpEmotionReader;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.handoff.HandoffDecision.Verdict;
import io.attune.engine.handoff.HandoffThresholds;
import io.attune.engine.knowledge.KnowledgeBase;
import io.attune.engine.knowledge.KnowledgeTrainer;
import io.attune.engine.store.InMemoryConversationStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plays the team's own support-chat conversations ({@code eval/support-chats}, labelled by a careful
 * reader) through the real engine, as customers would type them, and prints what a support lead cares
 * about: were the conversations that need a person handed over by the turn the reader says, were calm
 * ones left with the bot, and were the turns' emotions read right. {@code tune.jsonl} is the part
 * thresholds may be chosen on; {@code measure.jsonl} is only ever measured.
 * Run: {@code ./mvnw -B -pl bot-engine -Pquality compile exec:exec@chats} (writes docs/quality-chats.md).
 */
public final class ChatEvaluation {

    /** One labelled conversation: only the customer's turns. */
    public record Chat(String id, String pattern, boolean needsPerson, Integer byTurn, String personCue, List<LabelledTurn> turns) {
    }

    public record LabelledTurn(String text, String emotion, String intensity) {

        Emotion label() {
            return Emotion.valueOf(emotion.toUpperCase(Locale.ROOT));
        }

        boolean strong() {
            return "medium".equals(intensity) || "high".equals(intensity);
        }
    }

    /** What the engine did with one conversation. */
    record Played(Chat chat, List<EmotionReading> readings, int firstHandoff, int firstOffer, String why) {
    }

    static final double UPSET = 0.6;
    private static final List<Emotion> UPSET_EMOTIONS = List.of(Emotion.ANGER, Emotion.FRUSTRATION);
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final ConversationEngine engine;

    ChatEvaluation(ConversationEngine engine) {
        this.engine = engine;
    }

    /** Kept as it is when the file is written again: the notes written by hand below the figures. */
    static final String NOTES = "<!-- notes below are kept when ChatEvaluation writes this file again -->";

    /**
     * Arguments: the folder of the chats, the markdown file to write, and optionally {@code sweep}, which
     * also replays the tune part under a grid of build-up settings and prints the trade-off.
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "eval/support-chats");
        Path out = Path.of(args.length > 1 ? args[1] : "docs/quality-chats.md");
        boolean sweep = args.length > 2 && args[2].equals("sweep");
        RoutineKnowledge knowledge = new KnowledgeAnswers(new KnowledgeTrainer().train(KnowledgeBase.shop()));
        CoreNlpEmotionReader reader = CoreNlpEmotionReader.create();
        ConversationEngine engine = new ConversationEngine(new InMemoryConversationStore(), reader,
                () -> knowledge, new EvaluationShop(Clock.systemUTC()), HandoffThresholds::defaults, event -> { },
                Clock.systemUTC(), ConversationEngine.DEFAULT_CLARIFY_BELOW);
        ChatEvaluation evaluation = new ChatEvaluation(engine);
        StringBuilder md = new StringBuilder("# Support-chat evaluation\n\nWritten by `io.attune.engine.quality.ChatEvaluation` "
                + "from `eval/support-chats` (the team's own conversations, see its README), through the real engine with "
                + "the default thresholds. `tune` (with `tune-extra` and `tune-voices`, the team's further conversations "
                + "written for issue 10) is the part thresholds and the fitted reading may be chosen and fitted on, so its figures "
                + "are in-sample; `check-voices` and `check-fresh` are the team's too but never fitted or swept on (fresh held-out "
                + "checks); "
                + "`measure` is never tuned on.\n\n"
                + "| measure | " + String.join(" | ", splits(folder)) + " |\n|---|" + "---:|".repeat(splits(folder).size()) + "\n");
        Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
        for (String split : splits(folder)) {
            List<Played> played = new ArrayList<>();
            for (Chat chat : read(folder.resolve(split + ".jsonl"))) {
                played.add(evaluation.play(chat));
            }
            System.out.printf("%s: %d conversations, %d turns%n", split, played.size(),
                    played.stream().mapToInt(p -> p.chat().turns().size()).sum());
            if (!split.equals("measure")) {
                // why the tune part's calm conversations were handed over, and the ones needing a person missed
                played.stream().filter(p -> !p.chat().needsPerson() && p.firstHandoff() >= 0).forEach(p -> System.out.printf(
                        "  calm %s (%s) handed over at turn %d: %s%n", p.chat().id(), p.chat().pattern(), p.firstHandoff() + 1, p.why()));
                played.stream().filter(p -> p.chat().needsPerson() && (p.firstHandoff() < 0 || p.firstHandoff() >= p.chat().byTurn()))
                        .forEach(p -> System.out.printf("  missed %s (%s) by turn %d: handed over at %d%n", p.chat().id(),
                                p.chat().pattern(), p.chat().byTurn(), p.firstHandoff() + 1));
            }
            Figures.of(played).forEach((name, value) -> {
                rows.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                System.out.printf("  %-75s %s%n", name, value);
            });
        }
        rows.forEach((name, values) -> md.append("| ").append(name).append(" | ").append(String.join(" | ", values)).append(" |\n"));
        if (sweep) {
            ConversationEngine neverHandsOver = new ConversationEngine(new InMemoryConversationStore(), reader,
                    () -> knowledge, new EvaluationShop(Clock.systemUTC()), () -> Sweep.NEVER, event -> { },
                    Clock.systemUTC(), ConversationEngine.DEFAULT_CLARIFY_BELOW);
            List<Chat> tune = new ArrayList<>();
            for (String split : splits(folder)) {
                if (split.startsWith("tune")) {
                    tune.addAll(read(folder.resolve(split + ".jsonl")));
                }
            }
            String table = new Sweep(neverHandsOver).run(tune, HandoffThresholds.defaults());
            System.out.println(table);
            md.append("\n").append(table);
        }
        String notes = Files.exists(out) ? Files.readString(out) : "";
        if (notes.contains(NOTES)) {
            md.append("\n").append(notes.substring(notes.indexOf(NOTES)));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md);
        System.out.println("wrote " + out.toAbsolutePath());
    }

    /**
     * tune, the other tune-*.jsonl files there (tune-extra, tune-voices), the check-*.jsonl files (the team's,
     * never fitted or swept on: a fresh held-out check), measure.
     */
    private static List<String> splits(Path folder) throws IOException {
        List<String> splits = new ArrayList<>(List.of("tune"));
        for (String kind : List.of("tune-", "check-")) {
            try (java.util.stream.Stream<Path> files = Files.list(folder)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(kind) && n.endsWith(".jsonl")).sorted()
                        .forEach(n -> splits.add(n.replace(".jsonl", "")));
            }
        }
        splits.add("measure");
        return splits;
    }

    Played play(Chat chat) {
        ConversationId id = engine.open(null).id();
        List<EmotionReading> readings = new ArrayList<>();
        int handoff = -1;
        int offer = -1;
        String why = "";
        for (int i = 0; i < chat.turns().size(); i++) {
            CustomerTurnResult result = engine.customerSays(id, chat.id() + "-" + i, chat.turns().get(i).text());
            readings.add(result.customerTurn().reading());
            Verdict verdict = result.decision() == null ? Verdict.STAY : result.decision().verdict();
            if (handoff < 0 && (verdict == Verdict.HAND_OFF || result.state().name().equals("WAITING_FOR_AGENT"))) {
                handoff = i;
                why = result.decision() == null ? result.state().name() : result.decision().explanation();
            }
            if (offer < 0 && verdict == Verdict.OFFER_PERSON) {
                offer = i;
            }
        }
        return new Played(chat, readings, handoff, offer, why);
    }

    static List<Chat> read(Path file) throws IOException {
        List<Chat> chats = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                chats.add(JSON.readValue(line, Chat.class));
            }
        }
        return chats;
    }

    /** The figures of one split, in the order they are reported. */
    static final class Figures {

        static Map<String, String> of(List<Played> played) {
            Map<String, String> f = new java.util.LinkedHashMap<>();
            List<Played> needing = played.stream().filter(p -> p.chat().needsPerson()).toList();
            List<Played> calm = played.stream().filter(p -> !p.chat().needsPerson()).toList();
            long byTurn = needing.stream().filter(p -> p.firstHandoff() >= 0 && p.firstHandoff() < p.chat().byTurn()).count();
            long orOffered = needing.stream().filter(p -> (p.firstHandoff() >= 0 && p.firstHandoff() < p.chat().byTurn())
                    || (p.firstOffer() >= 0 && p.firstOffer() < p.chat().byTurn())).count();
            long falseHandoffs = calm.stream().filter(p -> p.firstHandoff() >= 0).count();
            f.put("conversations needing a person, handed over by the labelled turn", share(byTurn, needing.size()));
            f.put("... handed over or offered a person by the labelled turn", share(orOffered, needing.size()));
            f.put("conversations needing no person, handed over anyway", share(falseHandoffs, calm.size()));

            int strong = 0;
            int strongRight = 0;
            int high = 0;
            int highRead = 0;
            int calmTurns = 0;
            int calmUpset = 0;
            Map<Emotion, int[]> perEmotion = new EnumMap<>(Emotion.class);
            Calibration calibration = new Calibration();
            for (Played p : played) {
                for (int i = 0; i < p.readings().size(); i++) {
                    LabelledTurn turn = p.chat().turns().get(i);
                    EmotionReading reading = p.readings().get(i);
                    Emotion label = turn.label();
                    double upset = UPSET_EMOTIONS.stream().mapToDouble(reading::intensity).max().orElse(0);
                    if (turn.strong() && label != Emotion.NEUTRAL) {
                        strong++;
                        boolean right = strongestFeeling(reading) == label;
                        strongRight += right ? 1 : 0;
                        int[] counts = perEmotion.computeIfAbsent(label, e -> new int[2]);
                        counts[0]++;
                        counts[1] += right ? 1 : 0;
                    }
                    if ("high".equals(turn.intensity()) && UPSET_EMOTIONS.contains(label)) {
                        high++;
                        highRead += upset >= UPSET ? 1 : 0;
                    }
                    boolean calmTurn = label == Emotion.NEUTRAL || label == Emotion.GRATITUDE || label == Emotion.JOY;
                    if (calmTurn) {
                        calmTurns++;
                        calmUpset += upset >= UPSET ? 1 : 0;
                    }
                    calibration.add(upset, UPSET_EMOTIONS.contains(label) && turn.strong());
                }
            }
            f.put("turns of medium/high emotion, strongest emotion read right", share(strongRight, strong));
            perEmotion.forEach((e, c) -> f.put("  of which " + e.name().toLowerCase(Locale.ROOT), share(c[1], c[0])));
            f.put("turns of high anger or frustration, read >= 0.6 as either", share(highRead, high));
            f.put("calm turns (neutral, thanks, joy) read >= 0.6 angry or frustrated", share(calmUpset, calmTurns));
            f.put("upset (max of anger, frustration) expected calibration error, 10 bins", String.format(Locale.ROOT, "%.3f", calibration.ece()));
            f.put("upset reliability: read 0.0-0.2 / 0.2-0.4 / 0.4-0.6 / 0.6-0.8 / 0.8-1.0 -> share upset (medium/high)", calibration.diagram());
            return f;
        }

        /** The strongest emotion other than neutral when any is felt at all, else neutral. */
        static Emotion strongestFeeling(EmotionReading reading) {
            return strongestFeeling(reading.intensities());
        }

        static Emotion strongestFeeling(Map<Emotion, Double> intensities) {
            Emotion best = Emotion.NEUTRAL;
            double value = 0.25;
            for (Emotion e : Emotion.values()) {
                if (e != Emotion.NEUTRAL && intensities.get(e) > value) {
                    best = e;
                    value = intensities.get(e);
                }
            }
            return best;
        }

        private static String share(long part, long whole) {
            return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.0f%% (%d of %d)", 100.0 * part / whole, part, whole);
        }
    }

    /** Reliability of a score as a probability: bins of predicted value against the observed share. */
    static final class Calibration {
        private final int[] n = new int[10];
        private final int[] positive = new int[10];
        private final double[] sum = new double[10];

        void add(double predicted, boolean actual) {
            int bin = Math.min(9, (int) (predicted * 10));
            n[bin]++;
            sum[bin] += predicted;
            positive[bin] += actual ? 1 : 0;
        }

        double ece() {
            int total = 0;
            double error = 0;
            for (int i = 0; i < 10; i++) {
                total += n[i];
                if (n[i] > 0) {
                    error += Math.abs(sum[i] / n[i] - (double) positive[i] / n[i]) * n[i];
                }
            }
            return total == 0 ? 0 : error / total;
        }

        String diagram() {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < 10; i += 2) {
                int count = n[i] + n[i + 1];
                int pos = positive[i] + positive[i + 1];
                cells.add(count == 0 ? "-" : String.format(Locale.ROOT, "%.2f (n=%d)", (double) pos / count, count));
            }
            return String.join(" / ", cells);
        }
    }
}
