package io.attune.engine.intent;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites a text the way the intent classifier reads it, the same for training examples and for a
 * customer's message: lower-case words; a word the knowledge base never uses corrected to one it does when
 * it is a misspelling ({@link Spelling}) or mapped to a knowledge-base synonym when it is a real English
 * word ({@link WordNetSynonyms}); then the shop's curated synonyms ({@link Synonyms}). Immutable and
 * thread-safe; a few microseconds per message.
 */
final class WordNormaliser {

    private final Map<String, Integer> counts;
    private final Spelling spelling;
    private final EnglishWords english;
    private final Map<String, String> wordNet;
    private final Synonyms synonyms;

    private WordNormaliser(Map<String, Integer> counts, Spelling spelling, EnglishWords english,
                           Map<String, String> wordNet, Synonyms synonyms) {
        this.counts = counts;
        this.spelling = spelling;
        this.english = english;
        this.wordNet = wordNet;
        this.synonyms = synonyms;
    }

    static WordNormaliser none() {
        return new WordNormaliser(Map.of(), null, null, Map.of(), Synonyms.none());
    }

    /** @param vocabulary the knowledge base's texts: its examples and answers */
    static WordNormaliser of(Collection<String> vocabulary, TextNormalisation steps) {
        if (steps.equals(TextNormalisation.NONE)) {
            return none();
        }
        Synonyms synonyms = steps.curated() ? Synonyms.shop() : Synonyms.none();
        Map<String, Integer> counts = new HashMap<>();
        for (String text : vocabulary) {
            TextFeatures.tokens(text).stream().distinct().forEach(t -> counts.merge(t, 1, Integer::sum));
        }
        // the synonyms' words are spelt right: known, and corrections may land on them
        synonyms.words().forEach(w -> counts.merge(w, Spelling.MIN_TEXTS, Integer::sum));
        Map<String, String> wordNet = steps.wordNet() ? WordNetSynonyms.of(counts, Spelling.MIN_TEXTS) : Map.of();
        return new WordNormaliser(Map.copyOf(counts), steps.spelling() ? new Spelling(counts) : null,
                steps.spelling() || steps.wordNet() ? EnglishWords.wordNet() : null, Map.copyOf(wordNet), synonyms);
    }

    String normalise(String text) {
        List<String> tokens = TextFeatures.tokens(text);
        if (english != null) {
            for (int i = 0; i < tokens.size(); i++) {
                tokens.set(i, word(tokens.get(i)));
            }
        }
        return String.join(" ", synonyms.rewrite(tokens));
    }

    private String word(String token) {
        int texts = counts.getOrDefault(token, 0);
        if (texts >= Spelling.MIN_TEXTS) {
            return token; // the knowledge base's own word
        }
        if (english.contains(token)) {
            return texts > 0 ? token : wordNet.getOrDefault(token, token);
        }
        return spelling == null ? token : spelling.correction(token).orElse(token);
    }
}
