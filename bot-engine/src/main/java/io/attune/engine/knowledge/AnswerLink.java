package io.attune.engine.knowledge;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link the admin gives with an intent's answer ("Account > Orders" to {@code /account/orders}), shown under
 * the bot's message. Only two kinds of address pass: an absolute {@code https} URL with a host, or a path on
 * the shop's own site ("/" followed by anything but a second "/" or "\", which browsers read as another host).
 * Anything else ({@code javascript:}, {@code data:}, {@code http:}, other schemes) and any control character or
 * white space is refused, so whatever renders a link may trust it, and still re-checks it.
 *
 * @param label what the customer reads, plain text (never HTML), 1 to {@value #MAX_LABEL} characters
 * @param url   where it goes: https, or a site-relative path
 */
public record AnswerLink(String label, String url) {

    public static final int MAX_LABEL = 60;
    public static final int MAX_URL = 500;
    /** At most this many links with one answer. */
    public static final int MAX_PER_ANSWER = 3;
    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");

    public AnswerLink {
        label = label == null ? "" : label.strip();
        url = url == null ? "" : url.strip();
        if (label.isEmpty() || label.length() > MAX_LABEL) {
            throw new InvalidLinkException(Part.LABEL, "a link's label needs 1 to " + MAX_LABEL + " characters");
        }
        if (hasControl(label)) {
            throw new InvalidLinkException(Part.LABEL, "a link's label may not hold control characters");
        }
        String problem = problemWith(url);
        if (problem != null) {
            throw new InvalidLinkException(Part.URL, problem);
        }
    }

    /** Whether the link leaves the shop's site (the widget opens those in a new tab). */
    public boolean absolute() {
        return !url.startsWith("/");
    }

    /** The part of a link a problem is about, so a form can show it beside the right field. */
    public enum Part { LABEL, URL }

    /** A link that breaks a rule, naming the part at fault. */
    public static final class InvalidLinkException extends InvalidKnowledgeException {

        private final Part part;

        InvalidLinkException(Part part, String message) {
            super(message);
            this.part = part;
        }

        public Part part() {
            return part;
        }
    }

    private static String problemWith(String url) {
        if (url.isEmpty()) {
            return "a link needs an address: https://… or a path on this site starting with /";
        }
        if (url.length() > MAX_URL) {
            return "a link's address may hold at most " + MAX_URL + " characters";
        }
        if (hasControl(url) || url.chars().anyMatch(Character::isWhitespace)) {
            return "a link's address may not hold spaces or control characters";
        }
        if (url.startsWith("/")) {
            return url.startsWith("//") || url.startsWith("/\\")
                    ? "a path on this site starts with a single /; for another site write https://…" : null;
        }
        Matcher scheme = SCHEME.matcher(url);
        String name = scheme.lookingAt() ? scheme.group(1).toLowerCase(Locale.ROOT) : "";
        if (!name.equals("https")) {
            return "a link's address must start with https:// or with / (a path on this site)"
                    + (name.isEmpty() ? "" : "; " + name + ": links are refused");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "a link's address is not a valid URL";
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return "an https link needs a host name, e.g. https://help.example.com/returns";
        }
        return null;
    }

    private static boolean hasControl(String s) {
        return s.chars().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
    }
}
