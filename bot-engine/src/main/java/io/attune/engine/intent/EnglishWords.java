package io.attune.engine.intent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The single words of English that WordNet 3.1 lists (extjwnl's data files on the classpath), with their
 * regular inflections: a real word ("sofa", "annul") is never "corrected" into a knowledge-base word.
 * Loaded once (about 150,000 words); immutable and thread-safe.
 */
public final class EnglishWords {

    private static final String DATA = "/net/sf/extjwnl/data/wordnet/wn31/";
    private static final List<String> INDEXES = List.of("index.noun", "index.verb", "index.adj", "index.adv");
    private static final List<String> EXCEPTIONS = List.of("noun.exc", "verb.exc", "adj.exc", "adv.exc");
    /** Regular inflections back to a lemma (WordNet's own detachment rules, plus -ly adverbs). */
    private static final String[][] SUFFIXES = {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"},
            {"shes", "sh"}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""},
            {"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}, {"ly", ""}};

    /** The function words WordNet leaves out (it lists nouns, verbs, adjectives and adverbs only). */
    private static final Set<String> FUNCTION_WORDS = Set.of(("i me my mine myself you your yours yourself he him his "
            + "she her hers it its itself we us our ours they them their theirs this that these those who whom whose "
            + "which what there here the a an and or but if of to in on at by for with from as is am are was were be "
            + "been being do does did doing done have has had having will would shall should can could may might must "
            + "not no nor so than too very just also only own same such both each few more most other some any all "
            + "into onto over under again further then once why how when where while because until about against "
            + "between through during before after above below up down out off anyone anything someone something "
            + "everyone everything nobody nothing yes").split(" "));


    private final Set<String> words;

    private EnglishWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    public static EnglishWords wordNet() {
        return Shared.WORDS;
    }

    /** Loaded on first use, once (the JLS's lazy holder: the class initialises when first read). */
    private static final class Shared {
        static final EnglishWords WORDS = load();
    }

    private static EnglishWords load() {
        Set<String> words = new HashSet<>(FUNCTION_WORDS);
        for (String file : INDEXES) {
            read(file, line -> {
                String lemma = line.substring(0, line.indexOf(' '));
                if (lemma.indexOf('_') < 0) {
                    words.add(lemma);
                }
            });
        }
        for (String file : EXCEPTIONS) {
            read(file, line -> words.add(line.substring(0, line.indexOf(' '))));
        }
        return new EnglishWords(words);
    }

    private static void read(String file, java.util.function.Consumer<String> line) {
        try (InputStream in = EnglishWords.class.getResourceAsStream(DATA + file)) {
            if (in == null) {
                throw new IllegalStateException("WordNet's " + file + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                if (!l.isEmpty() && l.charAt(0) != ' ' && l.indexOf(' ') > 0) {
                    line.accept(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True for an English word or a regular inflection of one ("parcels", "annulled" is not regular). */
    public boolean contains(String word) {
        if (words.contains(word)) {
            return true;
        }
        for (String[] s : SUFFIXES) {
            if (word.length() > s[0].length() + 2 && word.endsWith(s[0])
                    && words.contains(word.substring(0, word.length() - s[0].length()) + s[1])) {
                return true;
            }
        }
        return false;
    }
}
