package io.attune.engine.quality;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.classify.RVFDataset;
import edu.stanford.nlp.ling.RVFDatum;
import edu.stanford.nlp.stats.Counter;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.GoEmotionsLabels;
import io.attune.engine.emotion.MeaningEmotions;
import io.attune.engine.meaning.SentenceEncoder;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Fits {@link MeaningEmotions} on GoEmotions' train comments (a comment with several labels is one example per
 * Attune emotion it names), chooses the prior's sigma on dev (macro-F1 over Attune's emotions), and writes
 * {@code bot-engine/src/main/resources/}{@value MeaningEmotions#RESOURCE}. Takes a few minutes (every comment is
 * encoded once). Run from the checkout:
 * {@code java -Xmx3g -cp $CP io.attune.engine.quality.TrainMeaningEmotions [data folder] [output file]}.
 */
public final class TrainMeaningEmotions {

    static final double[] SIGMAS = {0.3, 1.0, 3.0};

    private TrainMeaningEmotions() {
    }

    public static void main(String[] args) throws IOException {
        Datasets data = args.length > 0 ? new Datasets(Path.of(args[0])) : Datasets.locate();
        Path out = Path.of(args.length > 1 ? args[1] : "bot-engine/src/main/resources/" + MeaningEmotions.RESOURCE);
        SentenceEncoder encoder = SentenceEncoder.shipped();
        RVFDataset<String, String> train = dataset(data.goEmotions("original", "train"), encoder);
        RVFDataset<String, String> dev = dataset(data.goEmotions("original", "dev"), encoder);
        System.out.printf(Locale.ROOT, "encoded %,d train and %,d dev examples%n", train.size(), dev.size());
        LinearClassifier<String, String> best = null;
        double bestF1 = -1;
        double bestSigma = 0;
        for (double sigma : SIGMAS) {
            LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
            factory.setVerbose(false);
            factory.setSigma(sigma);
            LinearClassifier<String, String> c = factory.trainClassifier(train);
            double f1 = macroF1(c, dev);
            System.out.printf(Locale.ROOT, "sigma %.1f: dev macro-F1 over Attune's emotions %.3f%n", sigma, f1);
            if (f1 > bestF1) {
                best = c;
                bestF1 = f1;
                bestSigma = sigma;
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (ObjectOutputStream o = new ObjectOutputStream(new GZIPOutputStream(Files.newOutputStream(out)))) {
            o.writeObject(best);
        }
        System.out.printf(Locale.ROOT, "wrote %s (sigma %.1f, %,d bytes)%n", out, bestSigma, Files.size(out));
    }

    private static RVFDataset<String, String> dataset(List<Datasets.GoEmotion> comments, SentenceEncoder encoder) {
        RVFDataset<String, String> d = new RVFDataset<>();
        for (Datasets.GoEmotion comment : comments) {
            Set<Emotion> emotions = new LinkedHashSet<>();
            comment.labels().forEach(l -> emotions.add(GoEmotionsLabels.attune(l)));
            Counter<String> f = MeaningEmotions.features(encoder.encode(comment.text()));
            for (Emotion e : emotions) {
                d.add(new RVFDatum<>(f, e.name()));
            }
        }
        return d;
    }

    /** Macro-F1 over the emotions, each example's gold the label it carries (a comment with two is two examples). */
    private static double macroF1(LinearClassifier<String, String> c, RVFDataset<String, String> d) {
        List<Set<String>> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            RVFDatum<String, String> datum = d.getRVFDatum(i);
            gold.add(Set.of(datum.label()));
            predicted.add(c.classOf(datum));
        }
        return Metrics.macroF1(gold, predicted, Arrays.stream(Emotion.values()).map(Emotion::name).toList());
    }
}
