package io.attune.engine.quality;

import io.attune.engine.emotion.CoreNlpEmotionReader;
import io.attune.engine.emotion.CueDetector;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionModel;
import io.attune.engine.emotion.FittedReading;
import io.attune.engine.emotion.SentimentScorer;
import io.attune.engine.emotion.SentimentWordVectors;
import io.attune.engine.emotion.WordNetFeatures;
import io.attune.engine.quality.ReadingCrossValidation.Figures;
import io.attune.engine.quality.ReadingData.Turn;
import io.attune.engine.quality.ReadingFit.Variant;
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
 * Fits {@link FittedReading} on the tune part of the team's support chats only ({@code tune.jsonl} and the
 * {@code tune-*.jsonl} files beside it; never {@code measure.jsonl}), with GoEmotions comments as extra
 * turns when the shipped variant says so (see {@link ReadingFit}). Every choice (sigmas, weights, extra
 * data, feature families) is made by cross-validation grouped by file (each tune file read by a model
 * fitted on the others), with the by-conversation figure beside it: {@code cv} prints that comparison
 * (with GoEmotions; {@code cv-upset} only the variants of the upset part's features), {@code diagnose} the
 * held-out readings of the high anger and frustration turns. Variants are compared by the by-file score
 * (strongest right + high upset read - 4 x calm read upset; ties go to the variant leaning less on the team's own lists).
 * Run: {@code ./mvnw -B -pl bot-engine -Pquality compile exec:exec@train-reading} (writes
 * bot-engine/src/main/resources/{@value FittedReading#RESOURCE}); arguments: tune file, output file,
 * optionally {@code cv}, {@code cv-upset} or {@code diagnose} (then nothing is written). The fourth round's
 * experiments (features not from the team's lists, not shipped: docs/quality-chats.md): {@code cv-dense} (SST word
 * vectors and WordNet senses, by file and on the check files), {@code cv-dense-goemotions} (GoEmotions with a domain
 * indicator) and {@code report-dense} (measure and the known misreads, read only to report, after the choice).
 */
public final class TrainReadingModel {

    /** GoEmotions comments per label taken as extra turns (train split; the emotion model's features on them are in-sample). */
    static final int EXTRA_PER_LABEL = 300;
    /** The dense word features (issue 10, fourth round), left out of every variant that is not about them. */
    static final String DENSE = SentimentWordVectors.PREFIX;
    /** The WordNet sense features (issue 10, fourth round), likewise. */
    static final String SENSES = WordNetFeatures.PREFIX;

    /** The shipped choice (docs/quality-chats.md). */
    static final Variant SHIPPED = new Variant("shipped: sigma 1, upset part sigma 1 without CoreNLP's sentiment", 1.0, 3.0, 1.0, 0,
            List.of(DENSE, SENSES, ReadingData.MEANING, io.attune.engine.emotion.MeaningEmotions.PREFIX), List.of("sentiment"));
    /** The reading shipped before issue 10's third round, for comparison. */
    static final Variant BEFORE = new Variant("round-2 settings: sigma 3, upset part sigma 1, every feature", 3.0, 3.0, 1.0, 0,
            List.of(DENSE, SENSES, ReadingData.MEANING, io.attune.engine.emotion.MeaningEmotions.PREFIX));

    public static void main(String[] args) throws IOException {
        Path tune = Path.of(args.length > 0 ? args[0] : "eval/support-chats/tune.jsonl");
        Path out = Path.of(args.length > 1 ? args[1] : "bot-engine/src/main/resources/" + FittedReading.RESOURCE);
        String mode = args.length > 2 ? args[2] : "write";
        List<Path> files = new ArrayList<>(ReadingData.tuneFiles(tune));
        if (mode.equals("cv-fresh")) {
            // the sixth round's conversations, not yet in the tune part (docs/quality-chats.md)
            files.add(tune.toAbsolutePath().getParent().resolve("pending-fresh.jsonl"));
        }
        CoreNlpEmotionReader blend = new CoreNlpEmotionReader(new SentimentScorer(), EmotionModel.fromClasspath(), new CueDetector());
        List<List<Turn>> byChat = ReadingData.chats(files, blend);
        List<Turn> extra = !mode.equals("cv-dense-goemotions") && !mode.equals("cv") && !mode.equals("cv-meaning") && SHIPPED.extraWeight() == 0 ? List.of()
                : ReadingData.goEmotions(Datasets.locate(), "train", EXTRA_PER_LABEL, blend);
        System.out.printf(Locale.ROOT, "%d conversations, %d turns from %s; %d GoEmotions turns%n", byChat.size(),
                byChat.stream().mapToInt(List::size).sum(), files, extra.size());
        ReadingCrossValidation cv = new ReadingCrossValidation(byChat, extra);
        switch (mode) {
            case "cv" -> print(cv, variants());
            case "cv-dense" -> {
                print(cv, denseVariants());
                printChecks(tune, blend, byChat, extra, denseVariants());
            }
            case "report-dense" -> reportAfterTheChoice(tune, blend, byChat, denseVariants());
            case "cv-fresh" -> {
                print(cv, freshVariants());
                printChecks(tune, blend, byChat, extra, freshVariants());
            }
            case "cv-meaning" -> {
                print(cv, meaningVariants());
                printChecks(tune, blend, byChat, extra, meaningVariants());
            }
            case "cv-dense-goemotions" -> {
                print(cv, goEmotionsVariants());
                printChecks(tune, blend, byChat, extra, goEmotionsVariants());
            }
            case "cv-upset" -> print(cv, variants().stream()
                    .filter(v -> v == SHIPPED || v == BEFORE || v.name().contains("upset part without")).toList());
            case "diagnose" -> diagnose(byChat, cv, SHIPPED);
            default -> {
                print(cv, List.of(SHIPPED));
                FittedReading.Parts parts = ReadingFit.train(byChat, extra, SHIPPED);
                Files.createDirectories(out.toAbsolutePath().getParent());
                try (ObjectOutputStream o = new ObjectOutputStream(new GZIPOutputStream(Files.newOutputStream(out)))) {
                    o.writeObject(parts);
                }
                System.out.println("wrote " + out.toAbsolutePath() + " from " + byChat.size() + " conversations");
                // the team's check files are never fitted on: read by the model just written, they are held out
                FittedReading model = new FittedReading(parts);
                for (Path check : ReadingData.checkFiles(tune)) {
                    ReadingCrossValidation.Figures f = new ReadingCrossValidation.Figures();
                    ReadingData.chats(List.of(check), blend).stream().flatMap(List::stream)
                            .forEach(t -> f.add(t, model.intensities(t.features())));
                    System.out.println(f.row("held out: " + check.getFileName() + " | read by this model"));
                }
            }
        }
    }

    /** The variants compared by cross-validation on the tune part; the shipped one is among them. */
    static List<Variant> variants() {
        List<Variant> v = new ArrayList<>();
        v.add(SHIPPED);
        v.add(BEFORE);
        for (List<String> upsetWithout : List.of(List.of("sentiment"), List.of("model_ANGER", "model_FRUSTRATION", "sentiment"),
                List.of("model_ANGER", "model_FRUSTRATION", "model_NEUTRAL", "sentiment"), List.of("model_"),
                List.of("model_", "vader_"), List.of("model_", "sentiment"))) {
            for (double sigma : new double[] {1.0, 3.0}) {
                v.add(new Variant("sigma " + sigma + ", upset part without " + String.join("*, ", upsetWithout) + "*", sigma,
                        SHIPPED.highWeight(), SHIPPED.upsetSigma(), 0, List.of(), upsetWithout));
            }
        }
        for (String family : List.of("strong_", "words_", "signal_", "model_", "vader_", "earlier_")) {
            v.add(new Variant("round-2 settings without " + family + "*", BEFORE.sigma(), BEFORE.highWeight(), BEFORE.upsetSigma(),
                    BEFORE.extraWeight(), List.of(family)));
        }
        for (double sigma : new double[] {0.3, 1.0, 3.0}) {
            for (double upsetSigma : new double[] {0.1, 0.3, 1.0}) {
                for (double extraWeight : new double[] {0, 0.1, 0.3}) {
                    v.add(new Variant(String.format(Locale.ROOT, "sigma %.1f, upset sigma %.1f, GoEmotions x%.1f", sigma,
                            upsetSigma, extraWeight), sigma, 3.0, upsetSigma, extraWeight, List.of()));
                }
            }
        }
        // the third round's variants, as they were: without the fourth round's features and domain indicator
        List<String> later = List.of(DENSE, SENSES, ReadingData.DOMAIN, ReadingData.MEANING, io.attune.engine.emotion.MeaningEmotions.PREFIX);
        return v.stream().map(x -> x == SHIPPED || x == BEFORE ? x : new Variant(x.name(), x.sigma(), x.highWeight(), x.upsetSigma(),
                x.extraWeight(), concat(x.without(), later), x.upsetWithout())).toList();
    }

    /**
     * The fourth round's variants: the shipped reading with the dense word features of {@link SentimentWordVectors}
     * (all of them, the word sentiments alone, the vectors alone), at the shipped and stronger regularisation, and
     * without the team's word lists (can the dense features stand in for them?).
     */
    static List<Variant> denseVariants() {
        List<String> lists = List.of("words_", "strong_", "signal_", "stressed_", "upset_signals", "earlier_");
        List<Variant> v = new ArrayList<>();
        v.add(SHIPPED);
        List<String> senseNames = List.of(SENSES + "n", SENSES + "v", SENSES + "a", SENSES + "r", SENSES + "!n", SENSES + "!v",
                SENSES + "!a", SENSES + "!r");
        v.add(new Variant("shipped + dense (vectors, word sentiments)", 1.0, 3.0, 1.0, 0, List.of(SENSES), List.of("sentiment")));
        v.add(new Variant("shipped + word sentiments only", 1.0, 3.0, 1.0, 0, List.of(DENSE + "vec_", DENSE + "negvec_", SENSES),
                List.of("sentiment")));
        v.add(new Variant("shipped + dense, sigma 0.5 / upset 0.5", 0.5, 3.0, 0.5, 0, List.of(SENSES), List.of("sentiment")));
        v.add(new Variant("shipped + WordNet senses", 1.0, 3.0, 1.0, 0, List.of(DENSE), List.of("sentiment")));
        v.add(new Variant("shipped + WordNet senses, sigma 0.5 / upset 0.5", 0.5, 3.0, 0.5, 0, List.of(DENSE), List.of("sentiment")));
        v.add(new Variant("shipped + WordNet senses, sigma 0.3 / upset 0.3", 0.3, 3.0, 0.3, 0, List.of(DENSE), List.of("sentiment")));
        v.add(new Variant("shipped + WordNet lexicographer files only", 1.0, 3.0, 1.0, 0, concat(senseNames, List.of(DENSE)),
                List.of("sentiment")));
        v.add(new Variant("shipped + WordNet senses in the emotion part only", 1.0, 3.0, 1.0, 0, List.of(DENSE),
                List.of("sentiment", SENSES)));
        List<String> plainSenses = concat(senseNames, List.of(SENSES + "lex_", SENSES + "!lex_"));
        v.add(new Variant("shipped + WordNet senses of feeling only (adjectives, verb.emotion, noun.feeling)", 1.0, 3.0, 1.0, 0,
                concat(plainSenses, List.of(DENSE)), List.of("sentiment")));
        v.add(new Variant("shipped + WordNet senses of feeling only, sigma 0.5 / upset 0.5", 0.5, 3.0, 0.5, 0,
                concat(plainSenses, List.of(DENSE)), List.of("sentiment")));
        v.add(new Variant("WordNet senses of feeling only, without the team's lists", 1.0, 3.0, 1.0, 0,
                concat(concat(plainSenses, lists), List.of(DENSE)), List.of("sentiment")));
        v.add(new Variant("shipped + WordNet senses + dense", 1.0, 3.0, 1.0, 0, List.of(), List.of("sentiment")));
        v.add(new Variant("shipped without the team's lists", 1.0, 3.0, 1.0, 0, concat(lists, List.of(DENSE, SENSES)), List.of("sentiment")));
        v.add(new Variant("dense without the team's lists", 1.0, 3.0, 1.0, 0, concat(lists, List.of(SENSES)), List.of("sentiment")));
        v.add(new Variant("WordNet senses without the team's lists", 1.0, 3.0, 1.0, 0, concat(lists, List.of(DENSE)),
                List.of("sentiment")));
        return withoutMeaning(v);
    }

    /**
     * The fifth round's variants: the shipped reading with the sentence meaning of {@link
     * io.attune.engine.meaning.SentenceEncoder} ({@value ReadingData#MEANING}*), at several strengths of the prior, in
     * both parts or the emotion part only, and without the team's word lists (can meaning stand in for them?).
     */
    static List<Variant> meaningVariants() {
        List<String> lists = List.of("words_", "strong_", "signal_", "stressed_", "upset_signals", "earlier_");
        List<String> dense = List.of(DENSE, SENSES);
        List<Variant> v = new ArrayList<>();
        v.add(SHIPPED);
        for (double sigma : new double[] {0.3, 1.0, 3.0}) {
            v.add(new Variant("shipped + meaning, sigma " + sigma + " / upset " + sigma, sigma, 3.0, sigma, 0, dense, List.of("sentiment")));
        }
        v.add(new Variant("shipped + meaning in the emotion part only", 1.0, 3.0, 1.0, 0, dense,
                List.of("sentiment", ReadingData.MEANING)));
        for (double w : new double[] {0.1, 0.3, 1.0}) {
            v.add(new Variant("shipped + meaning in the emotion part + GoEmotions x" + w + " with a domain indicator", 1.0, 3.0, 1.0, w,
                    dense, List.of("sentiment", ReadingData.MEANING)));
            v.add(new Variant("shipped + meaning, sigma 0.3 + GoEmotions x" + w + " with a domain indicator", 0.3, 3.0, 0.3, w,
                    dense, List.of("sentiment")));
        }
        v.add(new Variant("meaning without the team's lists", 1.0, 3.0, 1.0, 0, concat(lists, dense), List.of("sentiment")));
        v.add(new Variant("meaning without the team's lists, sigma 3", 3.0, 3.0, 3.0, 0, concat(lists, dense), List.of("sentiment")));
        return v;
    }

    /**
     * GoEmotions train comments (anger, annoyance, nervousness, fear, sadness, neutral) fitted with the tune turns,
     * with a domain indicator, with and without the WordNet senses of feeling (which may carry Reddit's wording over).
     */
    static List<Variant> goEmotionsVariants() {
        List<String> senseNames = List.of(SENSES + "n", SENSES + "v", SENSES + "a", SENSES + "r", SENSES + "!n", SENSES + "!v",
                SENSES + "!a", SENSES + "!r", SENSES + "lex_", SENSES + "!lex_");
        List<Variant> v = new ArrayList<>();
        v.add(SHIPPED);
        for (double w : new double[] {0.1, 0.3, 1.0}) {
            v.add(new Variant("shipped + GoEmotions x" + w + " with a domain indicator", 1.0, 3.0, 1.0, w, List.of(DENSE, SENSES),
                    List.of("sentiment")));
            v.add(new Variant("shipped + WordNet senses of feeling + GoEmotions x" + w + " with a domain indicator", 1.0, 3.0, 1.0, w,
                    concat(senseNames, List.of(DENSE)), List.of("sentiment")));
        }
        return withoutMeaning(v);
    }

    /** The emotions of the sentence's meaning alone (issue 10, sixth round). */
    static final String MEANING_EMOTIONS = io.attune.engine.emotion.MeaningEmotions.PREFIX;

    /**
     * The sixth round's variants: the shipped reading with the emotions the sentence's meaning suggests ({@link
     * io.attune.engine.emotion.MeaningEmotions}, fitted on GoEmotions train), in both parts or the emotion part only,
     * and with the raw meaning vector beside them.
     */
    static List<Variant> freshVariants() {
        List<String> dense = List.of(DENSE, SENSES);
        List<Variant> v = new ArrayList<>();
        v.add(SHIPPED);
        for (double sigma : new double[] {0.5, 1.0, 2.0}) {
            v.add(new Variant("shipped + the meaning's emotions, sigma " + sigma, sigma, 3.0, sigma, 0,
                    concat(dense, List.of(ReadingData.MEANING)), List.of("sentiment")));
        }
        v.add(new Variant("shipped + the meaning's emotions in the emotion part only", 1.0, 3.0, 1.0, 0,
                concat(dense, List.of(ReadingData.MEANING)), List.of("sentiment", MEANING_EMOTIONS)));
        v.add(new Variant("shipped + the meaning's emotions, + meaning vector in the emotion part", 1.0, 3.0, 1.0, 0,
                dense, List.of("sentiment", ReadingData.MEANING)));
        return v;
    }

    /** The fourth round's variants as they were, before the sentence meaning existed. */
    private static List<Variant> withoutMeaning(List<Variant> variants) {
        return variants.stream().map(x -> x.without().contains(ReadingData.MEANING) ? x : new Variant(x.name(), x.sigma(),
                x.highWeight(), x.upsetSigma(), x.extraWeight(), concat(x.without(), List.of(ReadingData.MEANING, MEANING_EMOTIONS)),
                x.upsetWithout())).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Each variant fitted on every tune conversation, reading the check files (never fitted on). */
    private static void printChecks(Path tune, CoreNlpEmotionReader blend, List<List<Turn>> byChat, List<Turn> extra,
                                    List<Variant> variants) throws IOException {
        for (Path check : ReadingData.checkFiles(tune)) {
            List<Turn> turns = ReadingData.chats(List.of(check), blend).stream().flatMap(List::stream).toList();
            for (Variant v : variants) {
                FittedReading model = new FittedReading(ReadingFit.train(byChat, extra, v));
                Figures f = new Figures();
                turns.forEach(t -> f.add(t, model.intensities(v.features(t))));
                System.out.println(f.row(v.name() + " | held out: " + check.getFileName()));
            }
        }
    }

    /** The known misreads of docs/quality-chats.md, read by each variant as single turns. */
    static final List<String> KNOWN_MISREADS = List.of("I'm scared someone used my card", "I'm fuming");

    /**
     * Only to report, after the choice was made on the tune files (docs/quality-chats.md, fourth round): each
     * variant fitted on every tune conversation reads {@code measure.jsonl} and the known misreads.
     */
    private static void reportAfterTheChoice(Path tune, CoreNlpEmotionReader blend, List<List<Turn>> byChat, List<Variant> variants)
            throws IOException {
        Path measure = tune.toAbsolutePath().getParent().resolve("measure.jsonl");
        List<Turn> turns = ReadingData.chats(List.of(measure), blend).stream().flatMap(List::stream).toList();
        for (Variant v : variants) {
            FittedReading model = new FittedReading(ReadingFit.train(byChat, List.of(), v));
            Figures f = new Figures();
            turns.forEach(t -> f.add(t, model.intensities(v.features(t))));
            StringBuilder misreads = new StringBuilder();
            for (String text : KNOWN_MISREADS) {
                Map<Emotion, Double> r = model.intensities(v.features(new Turn("misread", "m", text,
                        ReadingData.features(text, blend.blended(text, List.of()), List.of()), null)));
                misreads.append(String.format(Locale.ROOT, " | \"%s\": %s, upset %.2f", text,
                        ChatEvaluation.Figures.strongestFeeling(r), ReadingCrossValidation.upset(r)));
            }
            System.out.println(f.row(v.name() + " | reported only: measure.jsonl") + misreads);
        }
    }

    private static void print(ReadingCrossValidation cv, List<Variant> variants) {
        System.out.println("| variant | grouped by | strongest right | high upset >= 0.6 | calm >= 0.6 | upset ECE | medium upset >= 0.6 | score |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
        for (Variant v : variants) {
            System.out.println(cv.byConversation(v).row(v.name() + " | conversation"));
            for (Map.Entry<String, Figures> f : cv.byFile(v).entrySet()) {
                System.out.println(f.getValue().row(v.name() + " | file: " + f.getKey()));
            }
        }
    }

    /** The held-out reading of every high anger or frustration turn, the lowest first. */
    private static void diagnose(List<List<Turn>> byChat, ReadingCrossValidation cv, Variant v) {
        List<Map<Emotion, Double>> readings = cv.heldOutByConversation(v);
        List<Turn> turns = byChat.stream().flatMap(List::stream).toList();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            if (turns.get(i).strongUpset()) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble(i -> ReadingCrossValidation.upset(readings.get(i))));
        for (int i : order) {
            Turn t = turns.get(i);
            Map<Emotion, Double> r = readings.get(i);
            System.out.printf(Locale.ROOT, "%-5s %-11s %-6s upset %.2f (anger %.2f, frustration %.2f)  %s%n", t.chat(),
                    t.label().emotion(), t.label().intensity(), ReadingCrossValidation.upset(r), r.get(Emotion.ANGER),
                    r.get(Emotion.FRUSTRATION), t.text());
        }
        print(cv, List.of(v));
    }
}
