package io.attune.engine.intent;

import io.attune.engine.meaning.WordNet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.IndexWordSet;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * English words the knowledge base never uses mapped to one it does that shares a WordNet 3.1 synset
 * ("annul" to "cancel"), through extjwnl with its WordNet data on the classpath. Built once per training
 * from the knowledge base's words, so a customer's turn costs a map lookup and never touches WordNet.
 */
final class WordNetSynonyms {

    /** Only a word's most frequent senses: its rare ones ("order" as a religious order) mislead. */
    static final int SENSES = 2;


    private WordNetSynonyms() {
    }

    /**
     * @param counts the knowledge base's words with how many texts use each
     * @return for each WordNet word outside {@code counts}, the most used knowledge-base word sharing a synset
     */
    static Map<String, String> of(Map<String, Integer> counts, int minCount) {
        Map<String, String> toKnown = new HashMap<>();
        Map<String, Integer> bestCount = new HashMap<>();
        Dictionary d = WordNet.dictionary();
        try {
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                String known = e.getKey();
                if (e.getValue() < minCount || known.length() < 3 || !known.chars().allMatch(Character::isLetter)) {
                    continue;
                }
                IndexWordSet set;
                synchronized (d) {
                    set = d.lookupAllIndexWords(known);
                }
                for (IndexWord word : set.getIndexWordArray()) {
                    if (!word.getLemma().equals(known)) {
                        continue; // an inflection's lemma ("ordered" -> "order"): its synonyms are not inflected
                    }
                    List<net.sf.extjwnl.data.Synset> senses = word.getSenses();
                    for (int s = 0; s < Math.min(SENSES, senses.size()); s++) {
                        for (Word lemma : senses.get(s).getWords()) {
                            String other = lemma.getLemma().toLowerCase(java.util.Locale.ROOT);
                            if (other.indexOf(' ') < 0 && !counts.containsKey(other)
                                    && e.getValue() > bestCount.getOrDefault(other, 0)) {
                                toKnown.put(other, known);
                                bestCount.put(other, e.getValue());
                            }
                        }
                    }
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("cannot read WordNet", e);
        }
        return toKnown;
    }
}
