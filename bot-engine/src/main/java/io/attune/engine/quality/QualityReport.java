package io.attune.engine.quality;

import io.attune.engine.emotion.CoreNlpEmotionReader;
import io.attune.engine.emotion.CueDetector;
import io.attune.engine.emotion.EmotionModel;
import io.attune.engine.emotion.SentimentScorer;
import io.attune.engine.intent.LabeledText;
import io.attune.engine.intent.LinearIntentClassifier;
import io.attune.engine.intent.TextModel;
import io.attune.engine.knowledge.KnowledgeBase;
import io.attune.engine.knowledge.KnowledgeTrainer;
import io.attune.engine.knowledge.TrainedKnowledge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Measures Attune's language models on the shared data sets, prints the figures as it goes and writes
 * them as Markdown (rewritten after every figure, so a stopped run keeps what it measured).
 * Run: {@code ./mvnw -B -o -pl bot-engine -Pquality compile exec:exec@quality}
 * (arguments: the data folder, the report file, optionally the sections: {@code intents,emotions,sentiment}).
 */
public final class QualityReport {

    /** Bitext style tags reported apart (see the data's TAGS.md). */
    private static final Map<String, String> TAGS = Map.of("Q", "colloquial", "Z", "typos", "W", "offensive");

    private final Datasets data;
    private final Report report;

    private QualityReport(Datasets data, Report report) {
        this.data = data;
        this.report = report;
    }

    public static void main(String[] args) throws IOException {
        Datasets data = args.length > 0 ? new Datasets(Path.of(args[0])) : Datasets.locate();
        Path out = Path.of(args.length > 1 ? args[1] : "docs/quality.md");
        String sections = args.length > 2 ? args[2] : "intents,emotions,sentiment";
        Files.createDirectories(out.toAbsolutePath().getParent());
        QualityReport quality = new QualityReport(data, new Report(out, data.dir()));
        if (sections.contains("intents")) {
            quality.intents();
        }
        if (sections.contains("emotions")) {
            quality.emotions();
        }
        if (sections.contains("sentiment")) {
            quality.sentiment();
        }
        System.out.println("wrote " + out.toAbsolutePath());
    }

    private void intents() {
        step("[1/5] Bitext: the shop's knowledge base, held-out phrasings");
        KnowledgeBase shop = KnowledgeBase.shop();
        long start = System.nanoTime();
        TrainedKnowledge trained = new KnowledgeTrainer().train(shop);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Datasets.BitextRow> heldOut = BitextSplit.heldOut(data.bitext(), shop);
        IntentEvaluation.Result bitext = IntentEvaluation.inScope(trained.classifier(),
                heldOut.stream().map(r -> new LabeledText(r.instruction(), r.intent())).toList());
        report.add("Intent accuracy, Bitext held-out (shop knowledge base)", bitext.accuracy(),
                String.format("%,d phrasings; %.1f%% wrongly out of scope; trained in %.1f s", bitext.questions(),
                        100 * bitext.rejected(), seconds));
        for (String tag : List.of("Q", "Z", "W")) {
            List<LabeledText> tagged = heldOut.stream().filter(r -> r.tags().contains(tag))
                    .map(r -> new LabeledText(r.instruction(), r.intent())).toList();
            report.add("  of which tagged " + tag + " (" + TAGS.get(tag) + ")",
                    IntentEvaluation.inScope(trained.classifier(), tagged).accuracy(), tagged.size() + " phrasings");
        }

        step("[2/5] Banking77: trained on 80%, measured on every fifth question");
        List<LabeledText> banking = data.banking77();
        List<LabeledText> train = new ArrayList<>();
        List<LabeledText> test = new ArrayList<>();
        for (int i = 0; i < banking.size(); i++) {
            (i % 5 == 4 ? test : train).add(banking.get(i));
        }
        TextModel bankingModel = timed("Banking77", train);
        report.add("Intent accuracy, Banking77 held-out 20%", IntentEvaluation.inScope(
                new LinearIntentClassifier(bankingModel, 0), test).accuracy(), String.format(
                "%,d questions, 77 intents; %.3f with the deployed out-of-scope threshold", test.size(),
                IntentEvaluation.inScope(new LinearIntentClassifier(bankingModel,
                        LinearIntentClassifier.DEFAULT_MIN_CONFIDENCE), test).accuracy()));

        step("[3/5] CLINC150: trained on train, measured on val and oos_val");
        Datasets.Clinc clinc = data.clinc150();
        TextModel clincModel = timed("CLINC150", clinc.train());
        LinearIntentClassifier deployed = new LinearIntentClassifier(clincModel,
                LinearIntentClassifier.DEFAULT_MIN_CONFIDENCE);
        IntentEvaluation.Result val = IntentEvaluation.inScope(deployed, clinc.val());
        report.add("Intent accuracy, CLINC150 val (in scope)", val.accuracy(), String.format(
                "%,d questions, 150 intents, threshold %.2f; %.3f without threshold",
                val.questions(), LinearIntentClassifier.DEFAULT_MIN_CONFIDENCE,
                IntentEvaluation.inScope(new LinearIntentClassifier(clincModel, 0), clinc.val()).accuracy()));
        report.add("Out-of-scope recall, CLINC150 oos_val", IntentEvaluation.outOfScopeRecall(deployed,
                clinc.oosVal()), clinc.oosVal().size() + " queries; confidence threshold only");
        List<LabeledText> withOos = new ArrayList<>(clinc.train());
        clinc.oosTrain().forEach(q -> withOos.add(new LabeledText(q.text(), "out_of_scope")));
        LinearIntentClassifier oosClass = new LinearIntentClassifier(timed("CLINC150 + oos_train", withOos),
                LinearIntentClassifier.DEFAULT_MIN_CONFIDENCE);
        report.add("Out-of-scope recall, CLINC150 oos_val, with oos_train as a class",
                IntentEvaluation.outOfScopeRecall(oosClass, clinc.oosVal()),
                String.format("in-scope val accuracy %.3f", IntentEvaluation.inScope(oosClass, clinc.val()).accuracy()));
    }

    private void emotions() {
        step("[4/5] GoEmotions dev: the shipped emotion model");
        EmotionEvaluation.Result dev = EmotionEvaluation.evaluate(EmotionModel.fromClasspath(),
                data.goEmotions("original", "dev"));
        report.add("Emotion macro-F1, GoEmotions dev, Attune's 8 categories", dev.attuneF1(),
                String.format("%,d comments; accuracy %.3f", dev.comments(), dev.attuneAccuracy()));
        report.add("Emotion macro-F1, GoEmotions dev, Ekman's 7", dev.ekmanF1(), "BERT baseline 0.64 (test)");
        report.add("Emotion macro-F1, GoEmotions dev, all 28 labels", dev.fineF1(), "BERT baseline 0.46 (test)");
    }

    private void sentiment() {
        step("[5/5] SST-5 dev: the sentiment network along clause trees (shipped), shift-reduce and PCFG parses,"
                + " and Attune's reader");
        List<LabeledText> sst = data.sst5Dev();
        SentimentScorer clauses = new SentimentScorer();
        warmUp(clauses, sst, 2_000);
        sentimentRow("clause trees (shipped)", SentimentEvaluation.evaluate(
                t -> clauses.score(t).distribution(), sst, SentimentEvaluation.Progress.printing("clauses")));
        SentimentScorer shiftReduce = SentimentScorer.parsedBy(SentimentScorer.shiftReduce());
        warmUp(shiftReduce, sst, 2_000);
        sentimentRow("shift-reduce parser", SentimentEvaluation.evaluate(
                t -> shiftReduce.score(t).distribution(), sst, SentimentEvaluation.Progress.printing("SR")));
        SentimentScorer pcfg = SentimentScorer.parsedBy(SentimentScorer.defaultPcfg());
        warmUp(pcfg, sst, 200);
        sentimentRow("default PCFG parser", SentimentEvaluation.evaluate(t -> pcfg.score(t).distribution(), sst,
                SentimentEvaluation.Progress.printing("PCFG")));
        CoreNlpEmotionReader reader = new CoreNlpEmotionReader(clauses, EmotionModel.fromClasspath(),
                new CueDetector());
        sentimentRow("Attune's reader (blended for support chat)", SentimentEvaluation.evaluate(
                t -> reader.read(t, List.of()).sentimentDistribution(), sst,
                SentimentEvaluation.Progress.printing("reader")));
    }

    private void sentimentRow(String pipeline, SentimentEvaluation.Result r) {
        report.add("Sentiment 5-class accuracy, SST-5 dev, " + pipeline, r.fiveClass(), String.format(
                "%,d sentences; binary %.3f on %,d; median %.1f ms, p99 %.1f ms per sentence", r.sentences(),
                r.binary(), r.binarySentences(), r.medianMs(), r.p99Ms()));
    }

    /**
     * The clause trees and the shift-reduce parser need a few thousand calls before the JIT has them at
     * full speed; the PCFG parser is slow enough per call that a few hundred do.
     */
    private static void warmUp(SentimentScorer scorer, List<LabeledText> sst, int calls) {
        System.out.printf("    warming up with %,d sentences ...%n", calls);
        for (int i = 0; i < calls; i++) {
            scorer.score(sst.get(i % sst.size()).text());
        }
    }

    private static TextModel timed(String name, List<LabeledText> train) {
        System.out.printf("    training on %,d %s questions ...%n", train.size(), name);
        long start = System.nanoTime();
        TextModel model = TextModel.train(train, LinearIntentClassifier.OPTIONS);
        System.out.printf("    trained in %.1f s%n", (System.nanoTime() - start) / 1e9);
        return model;
    }

    private void step(String what) {
        System.out.println(what);
    }

}
