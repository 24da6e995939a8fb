package io.attune.engine.intent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shop's curated synonyms ({@value #RESOURCE}): customers' words, British and American ("parcel",
 * "postcode", "money back"), rewritten as the knowledge base's words. Longest match first, up to
 * {@value #MAX_PHRASE} words. Immutable and thread-safe.
 */
final class Synonyms {

    static final String RESOURCE = "intent/synonyms.txt";
    static final int MAX_PHRASE = 3;


    /** A customer's phrase (words joined by single spaces) to the knowledge base's words. */
    private final Map<String, List<String>> rewrites;

    Synonyms(Map<String, List<String>> rewrites) {
        this.rewrites = Map.copyOf(rewrites);
    }

    static Synonyms none() {
        return new Synonyms(Map.of());
    }

    static Synonyms shop() {
        return Shop.SYNONYMS;
    }

    /** Read on first use, once (the JLS's lazy holder: the class initialises when first read). */
    private static final class Shop {
        static final Synonyms SYNONYMS = load();

        private static Synonyms load() {
            try (InputStream in = Synonyms.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the classpath");
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Lines "canonical words = variant, variant phrase"; # starts a comment. */
    static Synonyms parse(String text) {
        Map<String, List<String>> rewrites = new HashMap<>();
        for (String line : text.split("\n")) {
            String content = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            if (content.isBlank()) {
                continue;
            }
            int eq = content.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("a synonym line needs '=': " + line);
            }
            List<String> canonical = TextFeatures.tokens(content.substring(0, eq));
            if (canonical.size() > 1) {
                rewrites.put(String.join(" ", canonical), canonical); // "zip code" stays whole, never "zip code code"
            }
            for (String variant : content.substring(eq + 1).split(",")) {
                List<String> words = TextFeatures.tokens(variant);
                if (!words.isEmpty() && words.size() <= MAX_PHRASE) {
                    rewrites.put(String.join(" ", words), canonical);
                }
            }
        }
        return new Synonyms(rewrites);
    }

    /** Every word the synonyms name, customers' and the knowledge base's: all spelt right. */
    Set<String> words() {
        Set<String> words = new HashSet<>();
        rewrites.forEach((variant, canonical) -> {
            words.addAll(List.of(variant.split(" ")));
            words.addAll(canonical);
        });
        return words;
    }

    List<String> rewrite(List<String> tokens) {
        if (rewrites.isEmpty()) {
            return tokens;
        }
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); ) {
            int matched = 0;
            for (int n = Math.min(MAX_PHRASE, tokens.size() - i); n >= 1 && matched == 0; n--) {
                List<String> canonical = rewrites.get(n == 1 ? tokens.get(i) : String.join(" ", tokens.subList(i, i + n)));
                if (canonical != null) {
                    out.addAll(canonical);
                    matched = n;
                }
            }
            if (matched == 0) {
                out.add(tokens.get(i));
                matched = 1;
            }
            i += matched;
        }
        return out;
    }
}
