package io.attune.engine.emotion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * VADER's sentiment lexicon ({@value #RESOURCE}, Apache-2.0, see the README beside it): the mean valence
 * (-4 to 4) raters gave some 7,500 words, slang terms and emoticons. It reaches words the team's chats
 * never used ("appalling", "shambolic", "grr"), so the fitted reading does not depend on the support-chat
 * word lists alone. {@link #score} sums a message's valences the VADER way in small: a negator in the three
 * tokens before a word flips it partly, CAPITALS in a mixed-case message and "!" stress it. Thread-safe.
 */
final class VaderLexicon {

    static final String RESOURCE = "lexicons/vader/vader_lexicon.tsv";
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "isnt", "isn't", "dont", "don't", "didnt",
            "didn't", "doesnt", "doesn't", "wasnt", "wasn't", "cant", "can't", "cannot", "wont", "won't", "aint", "ain't",
            "nothing", "nobody", "none", "neither", "nor", "hardly", "without", "havent", "haven't", "arent", "aren't");
    private static final double NEGATION = -0.74;
    private static final double CAPS_STRESS = 0.733;

    /** A message's valence: the sums of its negative and positive words (as positive numbers) and its most negative one. */
    record Score(double negative, double positive, double mostNegative) {
    }

    private static final Map<String, Double> VALENCE = load();

    private VaderLexicon() {
    }

    static Score score(String text) {
        String[] tokens = text.trim().split("\\s+");
        boolean mixedCase = !text.equals(text.toUpperCase(Locale.ROOT));
        double negative = 0;
        double positive = 0;
        double most = 0;
        String[] lower = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            lower[i] = tokens[i].toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        }
        for (int i = 0; i < tokens.length; i++) {
            Double v = VALENCE.get(lower[i]);
            String word = strip(lower[i]);
            if (v == null && !word.isEmpty()) {
                v = VALENCE.get(word);
            }
            if (v == null) {
                continue;
            }
            double valence = v;
            String bare = strip(tokens[i]);
            if (mixedCase && bare.length() > 1 && bare.equals(bare.toUpperCase(Locale.ROOT)) && bare.chars().anyMatch(Character::isLetter)) {
                valence += Math.signum(valence) * CAPS_STRESS;
            }
            for (int j = Math.max(0, i - 3); j < i; j++) {
                if (NEGATORS.contains(strip(lower[j])) || lower[j].endsWith("n't")) {
                    valence *= NEGATION;
                    break;
                }
            }
            if (valence < 0) {
                negative -= valence;
                most = Math.max(most, -valence);
            } else {
                positive += valence;
            }
        }
        int exclaims = (int) Math.min(4, text.chars().filter(c -> c == '!').count());
        double stress = 1 + 0.07 * exclaims;
        return new Score(negative * stress, positive, most);
    }

    private static String strip(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !Character.isLetterOrDigit(token.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(token.charAt(end - 1))) {
            end--;
        }
        return token.substring(start, end);
    }

    private static Map<String, Double> load() {
        try (InputStream in = VaderLexicon.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            Map<String, Double> m = new HashMap<>(10_000);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    m.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1).trim()));
                }
            }
            return Map.copyOf(m);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
