package io.attune.engine.intent;

/**
 * Which rewrites the intent classifier applies to every text before reading it, training examples and
 * customers' messages alike.
 *
 * @param spelling a misspelt word becomes the knowledge base's word it is closest to ("recipt" to "receipt")
 * @param wordNet  an English word the knowledge base never uses becomes a WordNet synonym it does use
 * @param curated  the shop's British/American and customers' synonyms ("parcel" to "package")
 */
public record TextNormalisation(boolean spelling, boolean wordNet, boolean curated) {

    public static final TextNormalisation NONE = new TextNormalisation(false, false, false);

    /** From "spelling,wordnet,curated" (any of them, any order; "none" or empty for none). */
    public static TextNormalisation parse(String steps) {
        String s = steps == null ? "" : steps.toLowerCase(java.util.Locale.ROOT);
        return new TextNormalisation(s.contains("spelling"), s.contains("wordnet"), s.contains("curated"));
    }
}
