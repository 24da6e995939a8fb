package io.attune.widget.customer;

import java.util.regex.Pattern;

/**
 * Who the customer says they are: a name and an email address, both optional. The one place they are
 * checked, whether given when asking for a person or with a left message. Blank parts become null.
 */
public record CustomerDetails(String name, String email) {

    public static final int NAME_MAX = 80;
    public static final int EMAIL_MAX = 254;

    /** Control characters (a name is one line of text), and the Unicode line and paragraph separators. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\u2028\\u2029&&[^\\u200d]]");
    /** Plausible, not RFC 5322: one @, something before it, a dotted domain after it, no spaces or brackets. */
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>()\\[\\],;:\"]+@[^\\s@<>()\\[\\],;:\"]+\\.[^\\s@<>()\\[\\],;:\".]{2,}");

    /**
     * @throws InvalidCustomerDetails with a message fit to show the customer (never their input)
     */
    public static CustomerDetails checked(String name, String email) {
        String n = blankToNull(name);
        String e = blankToNull(email);
        if (n != null && n.length() > NAME_MAX) {
            throw new InvalidCustomerDetails("name", "Keep your name under " + NAME_MAX + " characters.");
        }
        if (n != null && CONTROL.matcher(n).find()) {
            throw new InvalidCustomerDetails("name", "Your name can only be letters, spaces and punctuation.");
        }
        if (e != null && e.length() > EMAIL_MAX) {
            throw new InvalidCustomerDetails("email", "That email address is too long.");
        }
        if (e != null && (CONTROL.matcher(e).find() || !EMAIL.matcher(e).matches())) {
            throw new InvalidCustomerDetails("email", "That email address does not look right.");
        }
        return new CustomerDetails(n, e);
    }

    public boolean isEmpty() {
        return name == null && email == null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
