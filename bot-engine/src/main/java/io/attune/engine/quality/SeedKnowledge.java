package io.attune.engine.quality;

import io.attune.engine.intent.IntentPrediction;
import io.attune.engine.intent.LabeledText;
import io.attune.engine.knowledge.IntentDefinition;
import io.attune.engine.knowledge.KnowledgeBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Regenerates the examples in {@code knowledge/shop.yml}: each Bitext intent's seed phrasings
 * ({@link BitextSplit}) and, for {@code out_of_scope}, CLINC150's {@code oos_train} queries. The answers,
 * quick replies and flows already in the file are ours and kept as they are, and so are examples and
 * intents that are not from the data (everyday phrasings we or an admin added, {@code greeting},
 * {@code thanks}); a new Bitext intent gets a placeholder answer to write by hand.
 * Run: {@code ./mvnw -B -o -pl bot-engine -Pquality compile exec:exec@seed-knowledge}.
 */
public final class SeedKnowledge {

    private static final String HEADER = """
            # Attune's seed knowledge base for a generic online shop. Answers, quick replies and flows are
            # written by the Attune team. Examples: customer phrasings from the Bitext customer-support data set
            # (CDLA-Sharing-1.0) and, under out_of_scope, CLINC150's oos_train queries (Larson et al. 2019,
            # CC BY 3.0). Regenerate the examples with SeedKnowledge (bot-engine/README.md).
            """;

    private SeedKnowledge() {
    }

    public static void main(String[] args) throws IOException {
        Datasets data = args.length > 0 ? new Datasets(Path.of(args[0])) : Datasets.locate();
        Path file = Path.of(args.length > 1 ? args[1] : "bot-engine/src/main/resources/knowledge/shop.yml");
        KnowledgeBase current = KnowledgeBase.load(file);
        Map<String, List<String>> seeds = BitextSplit.seedExamples(data.bitext());
        Set<String> fromData = data.bitext().stream().map(r -> r.instruction().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<IntentDefinition> intents = new ArrayList<>();
        seeds.forEach((name, seed) -> {
            IntentDefinition old = current.intent(name).orElse(null);
            List<String> examples = new ArrayList<>(seed);
            if (old != null) {
                old.examples().stream().filter(e -> !fromData.contains(e.toLowerCase(Locale.ROOT)))
                        .forEach(examples::add);
            }
            String category = data.bitext().stream().filter(r -> r.intent().equals(name)).findFirst()
                    .map(Datasets.BitextRow::category).orElse("OTHER");
            if (old == null) {
                System.out.println("new intent " + name + ": write its answer by hand");
            }
            intents.add(new IntentDefinition(name, category, examples,
                    old == null ? "TODO: write this answer" : old.answer(),
                    old == null ? List.of() : old.quickReplies(), old == null ? null : old.flow(),
                    old == null ? null : old.title()));
        });
        current.intents().stream().filter(i -> !seeds.containsKey(i.name()))
                .filter(i -> !i.name().equals(IntentPrediction.OUT_OF_SCOPE)).forEach(intents::add);
        List<String> outOfScope = data.clinc150().oosTrain().stream().map(LabeledText::text).toList();
        IntentDefinition oldOos = current.intent(IntentPrediction.OUT_OF_SCOPE).orElseThrow();
        intents.add(new IntentDefinition(oldOos.name(), oldOos.category(), outOfScope, oldOos.answer(),
                oldOos.quickReplies(), null));
        KnowledgeBase seeded = new KnowledgeBase(current.name(), intents);
        Files.writeString(file, HEADER + seeded.toYaml(), StandardCharsets.UTF_8);
        System.out.printf("wrote %s: %d intents, %d examples%n", file, intents.size(),
                intents.stream().mapToInt(i -> i.examples().size()).sum());
    }
}
