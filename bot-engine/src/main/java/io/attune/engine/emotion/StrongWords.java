package io.attune.engine.emotion;

import io.attune.engine.intent.EnglishWords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The strong words of support chat ({@value #RESOURCE}: the team's seeds with their WordNet synonyms, built by
 * {@code io.attune.engine.quality.ExpandStrongWords}) and emoji, found in a message the way a reader finds
 * them: inflected ("infuriating", "scammed"), misspelt by one letter when the misspelling is no English word
 * ("furius", "rediculous", "dissapointed"), stressed by an intensifier or capitals just before or in them
 * ("absolutely livid", "USELESS"), or negated ("not angry", "never been so happy", which count apart).
 * Words carry across writers where n-grams of the team's chats do not. Thread-safe.
 */
final class StrongWords {

    static final String RESOURCE = "lexicons/strong-words/strong-words.tsv";
    /** The emotions the list holds words for. */
    static final List<Emotion> EMOTIONS = List.of(Emotion.ANGER, Emotion.FRUSTRATION, Emotion.ANXIETY, Emotion.SADNESS,
            Emotion.GRATITUDE, Emotion.JOY);
    private static final Map<String, Emotion> EMOJI = emoji();
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "hardly", "without", "isnt", "wasnt", "dont",
            "didnt", "doesnt", "cant", "cannot", "wont", "arent", "aint", "havent", "nothing", "nobody", "neither", "nor");
    private static final Set<String> INTENSIFIERS = Set.of("so", "really", "very", "extremely", "absolutely", "honestly",
            "totally", "completely", "utterly", "truly", "incredibly", "beyond", "seriously", "super", "properly", "bloody",
            "fucking", "deeply", "genuinely", "massively", "hugely", "sooo", "soo", "rly", "realy");
    private static final int MIN_FUZZY = 6;

    private static final StrongWords SHIPPED = load();

    private final Map<String, Emotion> words;
    /** Each single word's one-letter deletions, to match a misspelling by one letter (symmetric delete). */
    private final Map<String, Emotion> deletions;
    /** Phrases by their first word. */
    private final Map<String, List<Phrase>> phrases;

    private record Phrase(String[] words, Emotion emotion) {
    }

    /** What a message says in strong words: per emotion how many, how many of them stressed; how many negated. */
    record Found(Map<Emotion, Integer> count, Map<Emotion, Integer> stressed, int negated) {
    }

    private StrongWords(Map<String, Emotion> words, Map<String, Emotion> deletions, Map<String, List<Phrase>> phrases) {
        this.words = words;
        this.deletions = deletions;
        this.phrases = phrases;
    }

    static StrongWords shipped() {
        return SHIPPED;
    }

    Found find(String text) {
        Map<Emotion, Integer> count = new EnumMap<>(Emotion.class);
        Map<Emotion, Integer> stressed = new EnumMap<>(Emotion.class);
        int negated = 0;
        String[] raw = text.replace('\u2019', '\'').split("[^\\p{L}']+");
        List<String> tokens = new ArrayList<>(raw.length);
        List<Boolean> capitals = new ArrayList<>(raw.length);
        for (String r : raw) {
            String t = r.replace("'", "");
            if (!t.isEmpty()) {
                tokens.add(t.toLowerCase(Locale.ROOT));
                capitals.add(t.length() > 2 && t.equals(t.toUpperCase(Locale.ROOT)));
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            int[] length = {1};
            Emotion e = at(tokens, i, length);
            if (e == null) {
                continue;
            }
            if (negatedAt(tokens, i)) {
                negated++;
            } else {
                count.merge(e, 1, Integer::sum);
                boolean stress = capitals.get(i) || (i > 0 && INTENSIFIERS.contains(tokens.get(i - 1)))
                        || (i > 1 && INTENSIFIERS.contains(tokens.get(i - 2))) || (i > 1 && tokens.get(i - 2).equals("never"));
                if (stress) {
                    stressed.merge(e, 1, Integer::sum);
                }
            }
            i += length[0] - 1;
        }
        text.codePoints().forEach(cp -> {
            Emotion e = EMOJI.get(Character.toString(cp));
            if (e != null) {
                count.merge(e, 1, Integer::sum);
            }
        });
        return new Found(count, stressed, negated);
    }

    /** The emotion of the phrase or word starting at token i (its length in tokens into {@code length}), or null. */
    private Emotion at(List<String> tokens, int i, int[] length) {
        String t = tokens.get(i);
        for (Phrase p : phrases.getOrDefault(t, List.of())) {
            if (i + p.words().length <= tokens.size()) {
                boolean all = true;
                for (int k = 1; k < p.words().length && all; k++) {
                    all = tokens.get(i + k).equals(p.words()[k]);
                }
                if (all) {
                    length[0] = p.words().length;
                    return p.emotion();
                }
            }
        }
        Emotion e = words.get(t);
        if (e != null || t.length() < MIN_FUZZY || EnglishWords.wordNet().contains(t)) {
            return e;
        }
        // one letter off a strong word and no English word itself: a letter missing, extra, swapped or wrong
        e = deletions.get(t);
        for (int k = 0; k < t.length() && e == null; k++) {
            String shorter = t.substring(0, k) + t.substring(k + 1);
            e = words.containsKey(shorter) ? words.get(shorter) : deletions.get(shorter);
        }
        return e;
    }

    /**
     * A negator in the three words before, within the clause ("not angry", "I'm not even annoyed"), but not
     * "never been so angry", which stresses it.
     */
    private static boolean negatedAt(List<String> tokens, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            String t = tokens.get(k);
            if (t.equals("but")) {
                return false;
            }
            if (NEGATORS.contains(t)) {
                return !(t.equals("never") && k + 1 < i && Set.of("been", "felt", "seen", "had").contains(tokens.get(k + 1)));
            }
        }
        return false;
    }

    private static StrongWords load() {
        Map<String, Emotion> words = new HashMap<>();
        Map<String, List<Phrase>> phrases = new HashMap<>();
        try (InputStream in = StrongWords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] cols = line.split("\t");
                if (line.startsWith("#") || cols.length < 2) {
                    continue;
                }
                Emotion e = Emotion.valueOf(cols[0].toUpperCase(Locale.ROOT));
                String[] parts = cols[1].replace("'", "").split(" ");
                if (parts.length > 1) {
                    phrases.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(new Phrase(parts, e));
                } else {
                    for (String form : inflections(parts[0])) {
                        words.putIfAbsent(form, e);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        Map<String, Emotion> deletions = new HashMap<>();
        words.forEach((w, e) -> {
            if (w.length() >= MIN_FUZZY - 1) {
                for (int k = 0; k < w.length(); k++) {
                    deletions.putIfAbsent(w.substring(0, k) + w.substring(k + 1), e);
                }
            }
        });
        phrases.values().forEach(list -> list.sort((a, b) -> b.words().length - a.words().length));
        return new StrongWords(Map.copyOf(words), Map.copyOf(deletions), Map.copyOf(phrases));
    }

    /** The word and its regular inflections: "annoy" gives "annoys", "annoyed", "annoying", "annoyingly". */
    static List<String> inflections(String w) {
        List<String> forms = new ArrayList<>(List.of(w, w + "s", w + "ly"));
        String stem = w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
        forms.addAll(List.of(stem + "ed", stem + "ing", stem + "ingly", stem + "edly"));
        if (w.endsWith("y") && w.length() > 3) {
            String s = w.substring(0, w.length() - 1);
            forms.addAll(List.of(s + "ied", s + "ies", s + "ily"));
        }
        if (w.endsWith("le")) {
            forms.add(w.substring(0, w.length() - 1) + "y"); // "terrible" -> "terribly"
        }
        return forms;
    }

    private static Map<String, Emotion> emoji() {
        Map<String, Emotion> m = new HashMap<>();
        for (String e : List.of("😡", "🤬", "😠", "👿", "💢", "🖕")) {
            m.put(e, Emotion.ANGER);
        }
        for (String e : List.of("😤", "🙄", "😒", "😑", "🤦", "😩", "😫")) {
            m.put(e, Emotion.FRUSTRATION);
        }
        for (String e : List.of("😰", "😱", "😨", "😟", "😬", "😥", "😧")) {
            m.put(e, Emotion.ANXIETY);
        }
        for (String e : List.of("😢", "😭", "💔", "😞", "😔", "🙁", "☹")) {
            m.put(e, Emotion.SADNESS);
        }
        for (String e : List.of("🙏", "💐")) {
            m.put(e, Emotion.GRATITUDE);
        }
        for (String e : List.of("😍", "🎉", "🥳", "😀", "😃", "😄", "😁", "🥰", "❤", "💕", "👍")) {
            m.put(e, Emotion.JOY);
        }
        return Map.copyOf(m);
    }
}
