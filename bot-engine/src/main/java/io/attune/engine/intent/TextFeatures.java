package io.attune.engine.intent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a text into the sparse features the linear models read: lower-cased words, word bigrams and,
 * optionally, character n-grams inside words (they carry typos and inflections, "refnd" ~ "refund").
 */
final class TextFeatures {

    /** Longer texts add little and cost linear time; the first part of a message carries its request. */
    static final int MAX_CHARS = 1_000;
    static final String BIAS = "bias";

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?|[!?]|[\\p{So}\\p{Cs}]");

    private final boolean charNGrams;

    TextFeatures(boolean charNGrams) {
        this.charNGrams = charNGrams;
    }

    List<String> of(String text) {
        List<String> tokens = tokens(text);
        List<String> features = new ArrayList<>(tokens.size() * (charNGrams ? 8 : 3) + 1);
        features.add(BIAS);
        String previous = "<s>";
        for (String token : tokens) {
            features.add("w=" + token);
            features.add("b=" + previous + '_' + token);
            if (charNGrams && token.length() > 3) {
                addCharNGrams(features, token);
            }
            previous = token;
        }
        if (!tokens.isEmpty()) {
            features.add("b=" + previous + "_</s>");
        }
        return features;
    }

    static List<String> tokens(String text) {
        String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Matcher m = TOKEN.matcher(bounded.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        List<String> tokens = new ArrayList<>();
        while (m.find()) {
            tokens.add(m.group().replaceAll("\\d", "0"));
        }
        return tokens;
    }

    private static void addCharNGrams(List<String> features, String token) {
        String padded = '<' + token + '>';
        for (int n = 3; n <= 4; n++) {
            for (int i = 0; i + n <= padded.length(); i++) {
                features.add("c=" + padded.substring(i, i + n));
            }
        }
    }
}
