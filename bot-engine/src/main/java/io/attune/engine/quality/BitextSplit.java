package io.attune.engine.quality;

import io.attune.engine.knowledge.IntentDefinition;
import io.attune.engine.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which Bitext phrasings seed the knowledge base and which are held out to measure it: within each
 * intent, in file order, every second row (the 1st, 3rd, ...) is an example, the rest held out.
 */
public final class BitextSplit {

    private BitextSplit() {
    }

    /** The seed examples of each intent, in file order. */
    public static Map<String, List<String>> seedExamples(List<Datasets.BitextRow> rows) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, List<String>> seeds = new java.util.LinkedHashMap<>();
        for (Datasets.BitextRow row : rows) {
            int index = seen.merge(row.intent(), 1, Integer::sum) - 1;
            if (index % 2 == 0) {
                seeds.computeIfAbsent(row.intent(), k -> new ArrayList<>()).add(row.instruction());
            }
        }
        return seeds;
    }

    /** Rows whose phrasing is not an example in the knowledge base (compared ignoring case). */
    public static List<Datasets.BitextRow> heldOut(List<Datasets.BitextRow> rows, KnowledgeBase base) {
        Set<String> known = base.intents().stream().map(IntentDefinition::examples).flatMap(List::stream)
                .map(BitextSplit::key).collect(Collectors.toSet());
        return rows.stream().filter(r -> !known.contains(key(r.instruction()))).toList();
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
