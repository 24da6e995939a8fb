package io.attune.engine.quality;

import io.attune.engine.knowledge.KnowledgeBase;
import io.attune.engine.knowledge.KnowledgeTrainer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Trains the shop's intent classifier from {@code knowledge/shop.yml} and writes it as the shipped resource, so the
 * application starts without training it. Run again after changing shop.yml or the classifier's options
 * ({@code KnowledgeTrainerTests} fails until then):
 *
 * <pre>
 * ./mvnw -q -pl bot-engine compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -Xmx2g -cp bot-engine/target/classes:$(cat bot-engine/target/classpath.txt) \
 *     io.attune.engine.quality.TrainShopClassifier bot-engine/src/main/resources/models/shop-intents.bin
 * </pre>
 */
public final class TrainShopClassifier {

    private TrainShopClassifier() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "bot-engine/src/main/resources/models/shop-intents.bin");
        long start = System.nanoTime();
        try (OutputStream file = Files.newOutputStream(out)) {
            new KnowledgeTrainer().writeShipped(KnowledgeBase.shop(), file);
        }
        System.out.printf("trained in %.1f s, wrote %s (%,d bytes)%n", (System.nanoTime() - start) / 1e9,
                out.toAbsolutePath(), Files.size(out));
    }
}
