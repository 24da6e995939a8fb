package io.attune.admin.satisfaction;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what identifies a person in a transcript a team lead takes to a meeting: e-mail addresses, phone
 * numbers, order numbers, card-like digit runs, the names the conversation knows (the customer's, the agents')
 * and a name the customer gives ("my name is …", "this is …", "I'm …" followed by a capitalised word).
 */
public final class Anonymiser {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    /** Order numbers as the shop writes them (a letter or three and 5+ digits: B7730012, ORD-123456). */
    private static final Pattern ORDER = Pattern.compile("\\b[A-Za-z]{1,3}-?\\d{5,}\\b");
    /** A + and 7 or more digits with spaces, dots, dashes or brackets between: phone numbers, card numbers. */
    private static final Pattern DIGITS = Pattern.compile("\\+?\\(?\\d[\\d .()-]{5,}\\d");
    private static final Pattern GIVEN_NAME = Pattern.compile(
            "(?i:\\b(my name is|my name's|this is|i am|i'm|im|call me)\\s+)(\\p{Lu}[\\p{L}'-]+(\\s+\\p{Lu}[\\p{L}'-]+)?)");

    /** What a masked part becomes, in square brackets: [email], [order number], [number], [name]. */
    static final List<String> MASKS = List.of("email", "order number", "number", "name");

    private final List<String> names;

    /** @param names known names (the customer's, the agents'); each word of a full name is masked too */
    public Anonymiser(Collection<String> names) {
        this.names = names.stream().filter(Objects::nonNull).flatMap(n -> java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(n.trim()), java.util.Arrays.stream(n.trim().split("\\s+"))))
                .filter(n -> n.length() >= 2).distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    public String mask(String text) {
        String out = EMAIL.matcher(text).replaceAll("[email]");
        out = ORDER.matcher(out).replaceAll("[order number]");
        out = DIGITS.matcher(out).replaceAll(m -> m.group().replaceAll("\\D", "").length() >= 7 ? "[number]"
                : Matcher.quoteReplacement(m.group()));
        out = GIVEN_NAME.matcher(out).replaceAll(m -> Matcher.quoteReplacement(out(m)));
        for (String name : names) {
            out = Pattern.compile("\\b" + Pattern.quote(name) + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(out).replaceAll("[name]");
        }
        return out;
    }

    private static String out(java.util.regex.MatchResult m) {
        return m.group().substring(0, m.start(2) - m.start()) + "[name]";
    }
}
