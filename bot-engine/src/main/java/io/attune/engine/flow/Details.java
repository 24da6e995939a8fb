package io.attune.engine.flow;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Details customers type: order numbers and email addresses, checked for their shape, and the item they speak of. */
public final class Details {

    /** 5 to 12 digits, optionally after up to three letters and a dash or '#': A1234567, #732201349959, ORD-55512. */
    private static final Pattern ORDER = Pattern.compile(
            "(?<![\\w-])#?\\s?([A-Za-z]{0,3}-?\\d{5,12})(?![\\w-])");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,24}");
    /**
     * "my jacket", "the blender I got", "a new rain coat": what a shop sells, after a word that points at one.
     * A short list of the things online shops sell, not a catalogue: it only has to tell the agent what the
     * customer is talking about.
     */
    private static final Pattern ITEM = Pattern.compile("(?i)\\b(?:my|the|this|that|a|an|our)(?:\\s+new)?\\s+"
            + "((?:[a-z]+\\s+){0,2}?(?:jacket|coat|shoes?|boots?|trainers|sneakers|shirt|t-shirt|jumper|sweater|hoodie|"
            + "dress|jeans|trousers|pants|skirt|socks|hat|gloves|scarf|bag|backpack|rucksack|tent|sleeping bag|"
            + "blender|kettle|toaster|mixer|lamp|chair|table|sofa|mattress|pillow|phone|laptop|tablet|headphones|"
            + "speaker|charger|watch|camera|bottle|mug|jug|pan|book|toy|bike|helmet))\\b");

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

    /** The item the customer speaks of, in lower case ("rain jacket"), if the message names one. */
    public static Optional<String> item(String text) {
        Matcher m = ITEM.matcher(text);
        return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** d***@example.com: enough for the customer to recognise it, not enough to leak it. */
    public static String masked(String email) {
        int at = email.indexOf('@');
        return at <= 1 ? "***" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
    }
}
