package io.attune.engine.quality;

import edu.stanford.nlp.stats.Counter;
import io.attune.engine.emotion.CoreNlpEmotionReader;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.FittedReading;
import io.attune.engine.emotion.SentimentWordVectors;
import io.attune.engine.emotion.WordNetFeatures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What {@link TrainReadingModel} fits the reading on: the tune part of the team's support chats (every
 * {@code tune*.jsonl} beside the tune file, never {@code measure.jsonl}), each turn read with the turns
 * before it as context, and optionally GoEmotions comments as extra, context-free turns.
 */
final class ReadingData {

    /** One labelled customer turn, read once; {@code file} and {@code chat} are the groups cross-validation keeps together. */
    record Turn(String file, String chat, String text, Counter<String> features, ChatEvaluation.LabelledTurn label) {

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

    /** The GoEmotions labels taken as extra turns, as the support-chat emotion they are (README: frustration is annoyance). */
    private static final Map<String, Emotion> EXTRA_LABELS = Map.of("anger", Emotion.ANGER, "annoyance", Emotion.FRUSTRATION,
            "nervousness", Emotion.ANXIETY, "fear", Emotion.ANXIETY, "sadness", Emotion.SADNESS, "neutral", Emotion.NEUTRAL);

    /** The feature set on GoEmotions turns only; variants not about it leave it out. */
    static final String DOMAIN = "domain_goemotions";

    private ReadingData() {
    }

    /** The tune file and the other {@code tune*.jsonl} files beside it, in name order. */
    static List<Path> tuneFiles(Path tune) throws IOException {
        List<Path> files = new ArrayList<>(List.of(tune));
        Path folder = tune.toAbsolutePath().getParent();
        try (Stream<Path> siblings = Files.list(folder)) {
            siblings.filter(p -> p.getFileName().toString().matches("tune.+\\.jsonl"))
                    .filter(p -> !p.getFileName().equals(tune.getFileName())).sorted().forEach(files::add);
        }
        return files;
    }

    /** The check-*.jsonl files beside the tune file: the team's too, never fitted on, only read as held out. */
    static List<Path> checkFiles(Path tune) throws IOException {
        try (Stream<Path> siblings = Files.list(tune.toAbsolutePath().getParent())) {
            return siblings.filter(p -> p.getFileName().toString().matches("check-.+\\.jsonl")).sorted().toList();
        }
    }

    /**
     * The features a variant may fit on: the shipped reading's, plus the dense word features of
     * {@link SentimentWordVectors} ({@value SentimentWordVectors#PREFIX}*) and of {@link WordNetFeatures}
     * ({@value WordNetFeatures#PREFIX}*), which a variant leaves out
     * unless it is about them (the shipped reading computes them only when its model uses them).
     */
    static Counter<String> features(String text, io.attune.engine.emotion.EmotionReading blended, List<String> earlier) {
        Counter<String> f = FittedReading.features(text, blended, earlier);
        SentimentWordVectors.shipped().addTo(f, text);
        WordNetFeatures.shipped().addTo(f, text);
        // the meaning vector and the emotions it suggests (issue 10, fifth and sixth rounds; not in the shipped reading)
        io.attune.engine.emotion.MeaningEmotions meaning = io.attune.engine.emotion.MeaningEmotions.shipped();
        if (meaning != null) {
            meaning.addTo(f, text);
        }
        return f;
    }

    /** The prefix of the sentence-meaning features (issue 10, fifth round). */
    static final String MEANING = io.attune.engine.emotion.MeaningEmotions.VECTOR_PREFIX;

    /** Every conversation of these files as its read turns. */
    static List<List<Turn>> chats(List<Path> files, CoreNlpEmotionReader blend) throws IOException {
        List<List<Turn>> byChat = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString().replace(".jsonl", "");
            for (ChatEvaluation.Chat chat : ChatEvaluation.read(file)) {
                List<Turn> turns = new ArrayList<>();
                List<String> earlier = new ArrayList<>();
                for (ChatEvaluation.LabelledTurn turn : chat.turns()) {
                    turns.add(new Turn(name, chat.id(), turn.text(),
                            features(turn.text(), blend.blended(turn.text(), earlier), List.copyOf(earlier)), turn));
                    earlier.add(turn.text());
                }
                byChat.add(turns);
            }
        }
        return byChat;
    }

    /**
     * Up to {@code perLabel} single-label GoEmotions comments of each label in {@link #EXTRA_LABELS}, in file
     * order, as medium turns of their emotion (neutral ones as calm turns), each its own conversation.
     */
    static List<Turn> goEmotions(Datasets data, String split, int perLabel, CoreNlpEmotionReader blend) {
        Map<String, Integer> perName = new java.util.HashMap<>();
        List<Turn> turns = new ArrayList<>();
        for (Datasets.GoEmotion row : data.goEmotions("original", split)) {
            if (row.labels().size() != 1 || !EXTRA_LABELS.containsKey(row.labels().get(0))) {
                continue;
            }
            String name = row.labels().get(0);
            if (perName.merge(name, 1, Integer::sum) > perLabel) {
                continue;
            }
            Emotion e = EXTRA_LABELS.get(name);
            String text = row.text();
            ChatEvaluation.LabelledTurn label = new ChatEvaluation.LabelledTurn(text, e.name().toLowerCase(java.util.Locale.ROOT),
                    e == Emotion.NEUTRAL ? "none" : "medium");
            Counter<String> f = features(text, blend.blended(text, List.of()), List.of());
            // a domain indicator (0 on every support-chat turn): Reddit's base rates are not a support chat's
            f.setCount(DOMAIN, 1);
            turns.add(new Turn("goemotions-" + split, "g" + turns.size(), text, f, label));
        }
        return turns;
    }
}
