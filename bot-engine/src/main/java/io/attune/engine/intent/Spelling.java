package io.attune.engine.intent;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.spell.PlainTextDictionary;
import org.apache.lucene.search.spell.SpellChecker;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Corrects a misspelt word to a word of the knowledge base ("recipt" to "receipt", "polcy" to "policy"),
 * with Lucene's {@link SpellChecker} (a character n-gram index of the knowledge base's words, in memory).
 * Conservative: only words of {@value #MIN_LENGTH} letters or more, to a word with the same first letter,
 * one edit away (two for words of {@value #TWO_EDITS_FROM} letters or more; a swap of two letters is one
 * edit) that at least {@value #MIN_TEXTS} texts use, or {@value #MIN_TEXTS_SHORT} for a {@value #MIN_LENGTH}
 * letter word, which has many neighbours ("flam" is not "flat"). The closest, then the most used, wins. The
 * caller asks only about words that fewer texts use and leaves real English words alone. Immutable and
 * thread-safe; 50 to 350 microseconds for a word it has not seen, then a map lookup.
 */
final class Spelling {

    static final int MIN_LENGTH = 4;
    static final int TWO_EDITS_FROM = 7;
    /** A word only one text uses may itself be a typo (the knowledge base's examples have many): never a correction. */
    static final int MIN_TEXTS = 2;
    static final int MIN_TEXTS_SHORT = 20;
    private static final int CANDIDATES = 4;
    /** Typos recur ("adress", "recieve"): each is looked up once, until this many are remembered. */
    static final int REMEMBERED = 10_000;

    private final Map<String, Integer> counts;
    private final SpellChecker checker;
    private final ConcurrentHashMap<String, Optional<String>> remembered = new ConcurrentHashMap<>();

    /** @param counts the knowledge base's words, each with how many texts use it */
    Spelling(Map<String, Integer> counts) {
        this.counts = Map.copyOf(counts);
        StringBuilder words = new StringBuilder();
        counts.forEach((word, n) -> {
            if (n >= MIN_TEXTS && word.length() >= MIN_LENGTH - 1 && word.chars().allMatch(Character::isLetter)) {
                words.append(word).append('\n');
            }
        });
        try {
            this.checker = new SpellChecker(new ByteBuffersDirectory());
            checker.setAccuracy(0.5f);
            checker.indexDictionary(new PlainTextDictionary(new StringReader(words.toString())),
                    new IndexWriterConfig(new WhitespaceAnalyzer()), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index the knowledge base's words", e);
        }
    }

    /** The knowledge base's word this one is a misspelling of, or empty when it is fine or too far from any. */
    Optional<String> correction(String word) {
        if (word.length() < MIN_LENGTH || !word.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        Optional<String> known = remembered.get(word);
        if (known != null) {
            return known;
        }
        if (remembered.size() >= REMEMBERED) {
            remembered.clear();
        }
        Optional<String> found = lookUp(word);
        remembered.put(word, found);
        return found;
    }

    private Optional<String> lookUp(String word) {
        String[] candidates;
        try {
            candidates = checker.suggestSimilar(word, CANDIDATES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int allowed = word.length() >= TWO_EDITS_FROM ? 2 : 1;
        int needed = word.length() == MIN_LENGTH ? MIN_TEXTS_SHORT : MIN_TEXTS;
        String best = null;
        int bestEdits = Integer.MAX_VALUE;
        int bestCount = 0;
        for (String candidate : candidates) {
            int count = counts.getOrDefault(candidate, 0);
            if (candidate.charAt(0) != word.charAt(0) || count < needed) {
                continue;
            }
            int edits = edits(word, candidate, allowed);
            if (edits <= allowed && (edits < bestEdits || edits == bestEdits && count > bestCount)) {
                best = candidate;
                bestEdits = edits;
                bestCount = count;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Insertions, deletions, substitutions and swaps of neighbours (optimal string alignment); above {@code max}: max + 1. */
    static int edits(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return Math.min(d[a.length()][b.length()], max + 1);
    }
}
