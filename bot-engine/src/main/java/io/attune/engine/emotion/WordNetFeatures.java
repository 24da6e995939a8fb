package io.attune.engine.emotion;

import edu.stanford.nlp.stats.Counter;
import io.attune.engine.meaning.WordNet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.IndexWordSet;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Sparse word features that carry across synonyms without a word list (issue 10, fourth round): each word's
 * first two WordNet 3.1 senses per part of speech (extjwnl, base forms found by its morphology, so "fuming" is
 * "fume"), as that sense, the head of its adjective cluster ("irate", "livid" and "furious" share
 * {@code angry}'s), its hypernyms two levels up (nouns and verbs) and its lexicographer file ("noun.feeling",
 * "verb.emotion"). A word within three words after a negation ("not", "never", "n't", "no") gives the
 * same features under another name. What each word gives is remembered (bounded), so the cost is a map
 * look-up per word after the first time. Thread-safe.
 */
public final class WordNetFeatures {

    /** Feature names start with this, so a fit can leave the family out. */
    public static final String PREFIX = "wn_";

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:'[\\p{L}]+)?");
    /** Function words, which WordNet gives unrelated senses ("it" as information technology, "am" as americium). */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "for", "you", "your", "are", "was", "were", "this",
            "that", "with", "have", "has", "had", "but", "not", "can", "could", "would", "should", "will", "from", "they",
            "them", "what", "when", "where", "which", "who", "how", "why", "its", "our", "their", "there", "here", "then",
            "than", "just", "also", "been", "being", "some", "any", "all", "one", "very", "out", "about", "into", "over",
            "does", "did", "get", "got", "let", "may", "might", "must", "shall", "his", "her", "him", "she", "yes", "now");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "nothing", "nobody", "none", "hardly", "without");
    private static final int NEGATION_SCOPE = 3;
    /** Senses read per part of speech: the first two ("livid" is first pale, then furious). */
    private static final int SENSES = 2;
    /** WordNet's lexicographer files of feeling: adjectives (all of them share adj.all), emotion verbs, feeling nouns. */
    private static final Set<String> AFFECT = Set.of("adj.all", "verb.emotion", "noun.feeling");
    private static final int MAX_WORDS = 120;
    private static final int REMEMBERED = 50_000;

    private final Dictionary wordNet;
    private final Map<String, List<String>> senses = new ConcurrentHashMap<>();

    private WordNetFeatures(Dictionary wordNet) {
        this.wordNet = wordNet;
    }

    /** Over WordNet 3.1 from the classpath, loaded once. */
    public static WordNetFeatures shipped() {
        return Shipped.FEATURES;
    }

    /** Loaded on first use, once (the JLS's lazy holder: the class initialises when first read). */
    private static final class Shipped {
        static final WordNetFeatures FEATURES = new WordNetFeatures(WordNet.dictionary());
    }

    /** Adds the message's WordNet features ({@value #PREFIX}*, 1 each) to {@code f}. */
    public void addTo(Counter<String> f, String text) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        int sinceNegation = NEGATION_SCOPE + 1;
        int seen = 0;
        while (m.find() && seen++ < MAX_WORDS) {
            String word = m.group();
            if (NEGATIONS.contains(word) || word.endsWith("n't")) {
                sinceNegation = 0;
                continue;
            }
            sinceNegation++;
            if (word.length() < 3 || FUNCTION_WORDS.contains(word)) {
                continue;
            }
            String prefix = sinceNegation <= NEGATION_SCOPE ? PREFIX + "!" : PREFIX;
            for (String sense : sensesOf(word)) {
                f.setCount(prefix + sense, 1);
            }
        }
    }

    /** The names of what one word means (first sense per part of speech, cluster heads, hypernyms, lexicographer files). */
    List<String> sensesOf(String word) {
        List<String> known = senses.get(word);
        if (known != null) {
            return known;
        }
        List<String> found = new ArrayList<>();
        synchronized (wordNet) {
            look(word, found);
        }
        List<String> kept = List.copyOf(found);
        if (senses.size() >= REMEMBERED) {
            senses.clear();
        }
        senses.put(word, kept);
        return kept;
    }

    /** Adds what WordNet says of {@code word} to {@code found}; the caller holds the dictionary's lock. */
    private void look(String word, List<String> found) {
        try {
            IndexWordSet all = wordNet.lookupAllIndexWords(word);
            for (IndexWord index : all.getIndexWordArray()) {
                if (index.getSenses().isEmpty()) {
                    continue;
                }
                for (Synset first : index.getSenses().subList(0, Math.min(SENSES, index.getSenses().size()))) {
                int from = found.size();
                add(found, "lex_" + first.getLexFileName());
                add(found, name(first));
                List<Pointer> similar = first.getPointers(PointerType.SIMILAR_TO);
                if (first.getPOS() == POS.ADJECTIVE) {
                    // a satellite points to its cluster's head alone; a head to all its satellites (not followed)
                    if (similar.size() == 1) {
                        add(found, name(similar.get(0).getTargetSynset()));
                    }
                } else if (first.getPOS() == POS.NOUN || first.getPOS() == POS.VERB) {
                    List<Synset> level = List.of(first);
                    for (int depth = 0; depth < 2; depth++) {
                        List<Synset> up = new ArrayList<>();
                        for (Synset s : level) {
                            for (Pointer p : s.getPointers(PointerType.HYPERNYM)) {
                                Synset h = p.getTargetSynset();
                                add(found, name(h));
                                up.add(h);
                            }
                        }
                        level = up;
                    }
                }
                if (AFFECT.contains(first.getLexFileName())) {
                    // the same names again, marked as a sense of feeling, so a fit can keep these alone
                    for (String name : List.copyOf(found.subList(from, found.size()))) {
                        add(found, "~" + name);
                    }
                }
                }
            }
        } catch (JWNLException | RuntimeException e) {
            // an odd token WordNet cannot look up gives no features
        }
    }

    private static String name(Synset s) {
        return s.getPOS().getKey() + s.getOffset();
    }

    private static void add(List<String> found, String name) {
        if (!found.contains(name)) {
            found.add(name);
        }
    }
}
