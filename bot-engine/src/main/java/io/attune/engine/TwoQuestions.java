package io.attune.engine;

import io.attune.engine.intent.IntentPrediction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two questions in one message ("where is my parcel? also can I pay with klarna"): the message is cut where a
 * second ask may begin (after a question mark, at "also", "plus", "another thing", or at an "and" that opens a
 * question) and the two parts are classified on their own. It is two questions only when both parts are in-scope
 * intents at or above {@code sure}, and different ones; anything else (a story before the ask, one question with
 * an "and" in it, a thank-you before a question) is one message, heard as it always was.
 */
public final class TwoQuestions {

    /**
     * The confidence each part needs: in scope, and as sure as the engine must be to answer outright. Chosen on
     * eval/shop-questions tune (docs/quality-questions.md, "Two questions in one message").
     */
    public static final double SURE = 0.6;
    /** A part shorter than this many words is no question of its own ("and also", "can I"). */
    static final int MIN_WORDS = 2;
    /** Cuts tried, first ones first: each costs two classifications. */
    static final int MOST_CUTS = 3;

    private static final Set<String> SOCIAL = Set.of("greeting", "thanks", "goodbye", "small_talk");

    private static final String OPENS_A_QUESTION = "(how|what|whats|what's|when|where|wheres|where's|why|which|who"
            + "|can|could|cant|can't|do|does|did|is|are|was|will|would|should|may|might|have|has|i need|i want"
            + "|i'd like|id like|i would like|i also|pls|please|tell me)\\b";
    /**
     * Where a second ask may begin: a question mark with more after it; "also", "plus", "another thing", "one
     * more thing", "oh and", "btw"; or ", and" / "and" right before a question word. Group 1 is what is cut out.
     */
    private static final Pattern CUT = Pattern.compile("(?<=\\?)(?![?!])(\\s*(?:(?:and|oh and|and also|also|plus|btw|by the way"
            + "|another thing|one more thing)\\b[,:]?\\s*)?)(?=\\S)"
            + "|(\\s*[,;.!]?\\s*\\b(?:and also|oh and|also|plus|btw|by the way|another thing|one more thing)\\b[,:]?\\s+)"
            + "|(\\s*,?\\s+and\\s+)(?=" + OPENS_A_QUESTION + ")", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

    /**
     * @param first  what the customer asked first, as written
     * @param second what they asked after it, as written
     */
    public record Split(String first, IntentPrediction firstIntent, String second, IntentPrediction secondIntent) {
    }

    private TwoQuestions() {
    }

    /** The two questions in this message at {@link #SURE}, or empty when it is one message. */
    public static Optional<Split> in(String text, Function<String, IntentPrediction> classify) {
        return in(text, classify, SURE);
    }

    /**
     * The two questions in this message, or empty when it is one message.
     *
     * @param classify how the bot reads a text
     * @param sure     the confidence each part needs (the engine's clarify-below)
     */
    public static Optional<Split> in(String text, Function<String, IntentPrediction> classify, double sure) {
        for (int[] cut : cuts(text)) {
            String first = trim(text.substring(0, cut[0]));
            String second = trim(text.substring(cut[1]));
            if (words(first) < MIN_WORDS || words(second) < MIN_WORDS) {
                continue;
            }
            IntentPrediction a = classify.apply(first);
            if (!answerable(a, sure)) {
                continue;
            }
            IntentPrediction b = classify.apply(second);
            if (answerable(b, sure) && !a.intent().equals(b.intent())) {
                return Optional.of(new Split(first, a, second, b));
            }
        }
        return Optional.empty();
    }

    /** Whether there is anywhere to cut this message: when not, it costs no classification. */
    public static boolean mayAskTwo(String text) {
        return !cuts(text).isEmpty();
    }

    /** Where the message may be cut, as [end of the first part, start of the second], first ones first. */
    static List<int[]> cuts(String text) {
        List<int[]> cuts = new ArrayList<>();
        Matcher m = CUT.matcher(text);
        while (m.find() && cuts.size() < MOST_CUTS) {
            if (m.start() > 0 && m.end() < text.length()) {
                cuts.add(new int[] {m.start(), m.end()});
            }
        }
        return cuts;
    }

    private static boolean answerable(IntentPrediction p, double sure) {
        return !p.outOfScope() && p.confidence() >= sure && !SOCIAL.contains(p.intent());
    }

    private static int words(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Without spaces and a dangling comma at either end; a question mark stays. */
    private static String trim(String part) {
        String t = part.strip();
        while (!t.isEmpty() && ",;:-".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        while (!t.isEmpty() && ",;:-".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1).strip();
        }
        return t;
    }

    /** The second question as the customer can send it again: its first letter in capitals. */
    public static String asAsked(String part) {
        return part.isEmpty() ? part : part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1);
    }
}
