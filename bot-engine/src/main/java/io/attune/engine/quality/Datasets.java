package io.attune.engine.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attune.engine.emotion.GoEmotionsLabels;
import io.attune.engine.intent.LabeledText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Readers for the shared data sets (see their README). The folder is the system property
 * {@code attune.data.dir}, else {@code ATTUNE_DATA_DIR}, else {@code shared/data} beside the checkout or
 * one of its parents.
 */
public final class Datasets {

    /** A GoEmotions comment with its fine labels (names from {@link GoEmotionsLabels#ALL}). */
    public record GoEmotion(String text, List<String> labels) {
    }

    /** A Bitext row: what the customer typed, its intent and category, its style tags (e.g. Q colloquial). */
    public record BitextRow(String instruction, String intent, String category, String tags) {
    }

    public record Clinc(List<LabeledText> train, List<LabeledText> val, List<LabeledText> oosTrain,
                        List<LabeledText> oosVal) {
    }

    private final Path dir;

    public Datasets(Path dir) {
        this.dir = dir;
    }

    public static Datasets locate() {
        String configured = System.getProperty("attune.data.dir", System.getenv("ATTUNE_DATA_DIR"));
        if (configured != null) {
            return new Datasets(Path.of(configured));
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return new Datasets(candidate);
            }
        }
        throw new IllegalStateException("no shared data sets found: set attune.data.dir (or ATTUNE_DATA_DIR) to the "
                + "folder that holds bitext/, goemotions/ and the others, or put shared/data beside the checkout");
    }

    public Path dir() {
        return dir;
    }

    public List<GoEmotion> goEmotions(String view, String split) {
        List<GoEmotion> rows = new ArrayList<>();
        List<String> names = lines(dir.resolve("goemotions").resolve(view).resolve("labels.txt"));
        for (String line : lines(dir.resolve("goemotions").resolve(view).resolve(split + ".tsv"))) {
            String[] cols = line.split("\t");
            if (cols.length >= 2) {
                rows.add(new GoEmotion(cols[0], Arrays.stream(cols[1].split(","))
                        .map(id -> names.get(Integer.parseInt(id.trim()))).toList()));
            }
        }
        return rows;
    }

    public List<BitextRow> bitext() {
        return csv(dir.resolve("bitext").resolve("customer_support_intents.csv")).stream()
                .map(r -> new BitextRow(r.get("instruction").strip(), r.get("intent"), r.get("category"),
                        r.get("tags")))
                .toList();
    }

    public List<LabeledText> banking77() {
        return csv(dir.resolve("banking77").resolve("train.csv")).stream()
                .map(r -> new LabeledText(r.get("text"), r.get("category"))).toList();
    }

    public Clinc clinc150() {
        try {
            JsonNode root = new ObjectMapper().readTree(dir.resolve("clinc150").resolve("data_train_val.json").toFile());
            return new Clinc(pairs(root.get("train")), pairs(root.get("val")), pairs(root.get("oos_train")),
                    pairs(root.get("oos_val")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SST-5 sentences, labels "1" (very negative) to "5" (very positive). */
    public List<LabeledText> sst5Dev() {
        return lines(dir.resolve("sst5").resolve("dev.txt")).stream().filter(l -> l.startsWith("__label__"))
                .map(l -> new LabeledText(l.substring(l.indexOf('\t') + 1), l.substring(9, l.indexOf('\t'))))
                .toList();
    }

    private static List<LabeledText> pairs(JsonNode array) {
        List<LabeledText> out = new ArrayList<>(array.size());
        array.forEach(p -> out.add(new LabeledText(p.get(0).asText(), p.get(1).asText())));
        return out;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<java.util.Map<String, String>> csv(Path file) {
        try {
            return Csv.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
