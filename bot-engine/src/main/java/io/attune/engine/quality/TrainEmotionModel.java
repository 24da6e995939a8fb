package io.attune.engine.quality;

import io.attune.engine.emotion.EmotionModel;
import io.attune.engine.intent.LabeledText;
import io.attune.engine.intent.TextModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains the emotion model on GoEmotions' train split, reports it on dev, and writes
 * {@code models/emotion-goemotions.bin.gz}. A comment with several labels is one example per label.
 * Run: {@code ./mvnw -B -o -pl bot-engine -Pquality compile exec:exec@train-emotion} (see the README).
 *
 * <p>Arguments: the data folder, the output folder; optionally L1 strength and minimum feature count, and the
 * sentence meaning's scale (0 for words only).
 */
public final class TrainEmotionModel {

    /** Chosen on dev: L1 keeps the file at a few MB with F1 within a point of the dense L2 model. */
    static final TextModel.Options OPTIONS = new TextModel.Options(true, 3, 0.5, 0, 1e-4);

    private TrainEmotionModel() {
    }

    public static void main(String[] args) throws IOException {
        Datasets data = args.length > 0 ? new Datasets(Path.of(args[0])) : Datasets.locate();
        Path out = Path.of(args.length > 1 ? args[1] : "bot-engine/src/main/resources/models");
        TextModel.Options options = args.length > 3
                ? new TextModel.Options(true, Integer.parseInt(args[3]), Double.parseDouble(args[2]), 1.0, 1e-4,
                        args.length > 4 ? Double.parseDouble(args[4]) : 0)
                : OPTIONS;
        List<LabeledText> examples = new ArrayList<>();
        for (Datasets.GoEmotion comment : data.goEmotions("original", "train")) {
            comment.labels().forEach(label -> examples.add(new LabeledText(comment.text(), label)));
        }
        System.out.printf("training on %,d examples with %s ...%n", examples.size(), options);
        long start = System.nanoTime();
        TextModel model = TextModel.train(examples, options);
        System.out.printf("trained in %.1f s%n", (System.nanoTime() - start) / 1e9);
        EmotionEvaluation.Result dev = EmotionEvaluation.evaluate(new EmotionModel(model),
                data.goEmotions("original", "dev"));
        System.out.printf("dev: macro-F1 28 labels %.3f, Ekman %.3f, Attune %.3f (accuracy %.3f)%n",
                dev.fineF1(), dev.ekmanF1(), dev.attuneF1(), dev.attuneAccuracy());
        Files.createDirectories(out);
        Path file = out.resolve(Path.of(EmotionModel.RESOURCE).getFileName());
        try (OutputStream stream = Files.newOutputStream(file)) {
            model.write(stream);
        }
        System.out.printf("wrote %s (%,d bytes)%n", file, Files.size(file));
    }
}
