package io.attune.widget.customer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where the customer chats from, as the widget's loader saw it: the embedding page's path and title, and the
 * browser's language. Told by the client, so only kept when it fits: parts too long are cut, control characters
 * dropped, a path that is not one and a language that is not a language tag left out. Never a refusal: a chat
 * must start whatever the page is called.
 */
public record CustomerPage(String path, String title, String language) {

    public static final int PATH_MAX = 200;
    public static final int TITLE_MAX = 120;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\u2028\\u2029]");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}");

    public static CustomerPage of(String path, String title, String language) {
        String p = cleaned(path, PATH_MAX);
        String l = cleaned(language, 35);
        return new CustomerPage(p != null && p.startsWith("/") ? p : null, cleaned(title, TITLE_MAX),
                l != null && LANGUAGE.matcher(l).matches() ? Locale.forLanguageTag(l).toLanguageTag() : null);
    }

    /** "/checkout — Checkout · en-GB", the parts known; null when none is. */
    public String inWords() {
        String where = path == null ? title : title == null ? path : path + " — " + title;
        return where == null ? language : language == null ? where : where + " · " + language;
    }

    public boolean isEmpty() {
        return path == null && title == null && language == null;
    }

    private static String cleaned(String s, int max) {
        if (s == null) {
            return null;
        }
        String kept = CONTROL.matcher(s).replaceAll("").strip();
        if (kept.length() > max) {
            kept = kept.substring(0, max - 1).strip() + "…";
        }
        return kept.isEmpty() ? null : kept;
    }
}
