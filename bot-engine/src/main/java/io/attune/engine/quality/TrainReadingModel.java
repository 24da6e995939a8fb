package io.attune.engine.quality;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.classify.RVFDataset;
import edu.stanford.nlp.ling.RVFDatum;
import io.attune.engine.emotion.CoreNlpEmotionReader;
import io.attune.engine.emotion.CueDetector;
import io.attune.engine.emotion.EmotionModel;
import io.attune.engine.emotion.FittedReading;
import io.attune.engine.emotion.SentimentScorer;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Fits {@link FittedReading} on the tune part of the team's support chats only (never on
 * {@code measure.jsonl}): each customer turn's features, with the turns before it as context, against
 * its label: the emotion when a careful reader calls it medium or high, else neutral.
 * Run: {@code ./mvnw -B -pl bot-engine -Pquality compile exec:exec@train-reading} (writes
 * bot-engine/src/main/resources/{@value FittedReading#RESOURCE}).
 */
public final class TrainReadingModel {

    /** The regularisation: a Gaussian prior's sigma; chosen by 5-fold cross-validation on the tune part. */
    static final double SIGMA = 3.0;

    public static void main(String[] args) throws IOException {
        Path tune = Path.of(args.length > 0 ? args[0] : "eval/support-chats/tune.jsonl");
        Path out = Path.of(args.length > 1 ? args[1] : "bot-engine/src/main/resources/" + FittedReading.RESOURCE);
        double sigma = args.length > 2 ? Double.parseDouble(args[2]) : SIGMA;
        CoreNlpEmotionReader blend = new CoreNlpEmotionReader(new SentimentScorer(), EmotionModel.fromClasspath(), new CueDetector());
        List<ChatEvaluation.Chat> chats = ChatEvaluation.read(tune);
        List<List<RVFDatum<String, String>>> byChat = new ArrayList<>();
        for (ChatEvaluation.Chat chat : chats) {
            List<RVFDatum<String, String>> data = new ArrayList<>();
            List<String> earlier = new ArrayList<>();
            for (ChatEvaluation.LabelledTurn turn : chat.turns()) {
                String label = turn.strong() ? turn.label().name() : "NEUTRAL";
                data.add(new RVFDatum<>(FittedReading.features(turn.text(), blend.blended(turn.text(), earlier), earlier), label));
                earlier.add(turn.text());
            }
            byChat.add(data);
        }
        for (double s : new double[] {0.3, 1.0, 3.0}) {
            System.out.printf(Locale.ROOT, "sigma %.1f: 5-fold accuracy on tune %.3f%n", s, crossValidated(byChat, s));
        }
        LinearClassifier<String, String> classifier = train(byChat, -1, sigma);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (ObjectOutputStream o = new ObjectOutputStream(new GZIPOutputStream(Files.newOutputStream(out)))) {
            o.writeObject(classifier);
        }
        System.out.println("wrote " + out.toAbsolutePath() + " from " + chats.size() + " conversations");
    }

    private static double crossValidated(List<List<RVFDatum<String, String>>> byChat, double sigma) {
        int right = 0;
        int all = 0;
        for (int fold = 0; fold < 5; fold++) {
            LinearClassifier<String, String> c = train(byChat, fold, sigma);
            for (int i = fold; i < byChat.size(); i += 5) {
                for (RVFDatum<String, String> d : byChat.get(i)) {
                    right += c.classOf(d).equals(d.label()) ? 1 : 0;
                    all++;
                }
            }
        }
        return (double) right / all;
    }

    /** Trained on every conversation but those of the held-out fold (-1: all). */
    private static LinearClassifier<String, String> train(List<List<RVFDatum<String, String>>> byChat, int heldOut, double sigma) {
        RVFDataset<String, String> data = new RVFDataset<>();
        for (int i = 0; i < byChat.size(); i++) {
            if (heldOut < 0 || i % 5 != heldOut) {
                byChat.get(i).forEach(data::add);
            }
        }
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(sigma);
        factory.setVerbose(false);
        return factory.trainClassifier(data);
    }
}
