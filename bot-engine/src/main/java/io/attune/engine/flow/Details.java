package io.attune.engine.flow;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Details customers type: order numbers and email addresses, checked for their shape. */
public final class Details {

    /** 5 to 12 digits, optionally after up to three letters and a dash or '#': A1234567, #732201349959, ORD-55512. */
    private static final Pattern ORDER = Pattern.compile(
            "(?<![\\w-])#?\\s?([A-Za-z]{0,3}-?\\d{5,12})(?![\\w-])");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,24}");

    private Details() {
    }

    public static Optional<String> orderNumber(String text) {
        Matcher m = ORDER.matcher(text);
        return m.find() ? Optional.of(m.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    public static Optional<String> email(String text) {
        Matcher m = EMAIL.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** d***@example.com: enough for the customer to recognise it, not enough to leak it. */
    public static String masked(String email) {
        int at = email.indexOf('@');
        return at <= 1 ? "***" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
    }
}
