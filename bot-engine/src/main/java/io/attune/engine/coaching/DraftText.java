package io.attune.engine.coaching;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an agent's draft says, read from its words and form alone (the customer's mood is weighed by
 * {@link DraftReviewer}). Typed-as-you-go text: lower case, missing apostrophes and curly quotes are read alike.
 */
final class DraftText {

    static final Pattern DISMISSIVE = Pattern.compile(
            "\\b(calm down|relax|as i (already |just )?(said|told you|mentioned|explained|stated)|"
                    + "like i (said|told you)|as (already |previously )?(stated|explained|mentioned)|i('ve| have) already (told|explained)|"
                    + "(there'?s|there is) nothing (more )?(i|we) can do|nothing (more )?(i|we) can do|not my (problem|fault|department)|"
                    + "ok whatever|whatever you say|i don'?t know what (else )?you want|deal with it|read (my|the) (previous |last )?message|"
                    + "(i|we) can'?t help (you )?(with that|any further)|take it or leave it|you need to be patient|be patient|it is what it is|up to you|"
                    + "(please )?(just )?read the (order |product |delivery )?(confirmation|description|product page|page|faq|terms|email|instructions)|"
                    + "^[^.!?]{0,30}\\bthen(?=[.!]?$))\\b");
    static final Pattern POLICY = Pattern.compile(
            "\\b((that'?s|that is|it'?s|it is) (just )?(our|the|company) (policy|rules?)|rules are rules|"
                    + "policy is policy|(per|according to) (our|the) (policy|terms|t&cs|t ?& ?c)|no exceptions)\\b");
    static final Pattern BLAMING = Pattern.compile(
            "\\b(you should(n'?t)? have|you (did ?n'?t|did not|failed to|forgot to|never) (read|check|enter|follow|select|tick|give|update|see|notice)|"
                    + "you (must|need to) read|if you had (read|checked|bothered)|your (own )?fault|you (clearly|obviously)|"
                    + "it says (clearly )?(on|in) the|it'?s clearly (written|stated)|you were told|that'?s on you|"
                    + "you (entered|typed|gave) (the|a|your) wrong|you (entered|typed|spelt|spelled|put|chose|picked|selected|ordered|gave) [^.!?]{0,25}\\bwrong)");
    static final Pattern ACKNOWLEDGES = Pattern.compile(
            "\\b(sorry|apologi[sz]e|apologies|i understand|i (can )?see why|i (can )?see how|i can imagine|i can only imagine|"
                    + "frustrating|upsetting|worrying|stressful|annoying|disappointing|i hear you|you'?re right|you are right|"
                    + "i get (why|it)|that sounds|i appreciate|understandabl[ey]|thank(s| you) for (your )?(patience|bearing|waiting|bearing with|letting)|"
                    + "not (the|what) (experience|service) you|(that|this|it) must (be|have been|feel)|that'?s not (ok|okay|good enough|acceptable)|"
                    + "i'?d feel the same|totally fair|fair enough|my fault|our fault|our mistake|my mistake|we got this wrong|we let you down)\\b");
    static final Pattern JARGON = Pattern.compile(
            "\\b(rma|sku|skus|wms|sla|slas|eta|l1|l2|l3|tier ?[123]|backend|back-end|backoffice|back office|"
                    + "ticket(ed)? (has been |was )?escalated|escalated (it )?to (l2|tier|level|2nd line|second line)|2nd line|"
                    + "carrier exception|rts|oos|awb|3pl|pii|chargeback|auth hold|pre-?auth|idempoten\\w*|sync(ed)? job|cron|"
                    + "api|database|db|ticket id|case id|queue(d)? (for|in) (the )?(system|l2)|fulfil?ment centre exception)\\b");
    static final Pattern PROMISE = Pattern.compile(
            "\\b((i|we)('ll| will| shall| are going to|'re going to| am going to|'m going to) "
                    + "(look into|check|investigate|get back|come back|follow up|update you|let you know|contact you|be in touch|sort|see what|find out|chase|escalate|raise)|"
                    + "someone will (contact|call|email|get back|be in touch|reach out)|(you'll|you will) hear (back )?from|"
                    + "(we'?re|we are|i'?m|i am) (looking into|investigating|checking)|in due course|as soon as possible|asap|soon)\\b");
    static final Pattern WHEN = Pattern.compile(
            "\\b(today|tonight|tomorrow|this (morning|afternoon|evening|week)|end of (the )?(day|week)|eod|"
                    + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                    + "within (the |an |a |\\d+ |one |two |three |24 |48 )?(minutes?|mins?|hours?|hrs?|days?|working days?|business days?|the hour)|"
                    + "in (\\d+|a few|one|two|ten|fifteen|twenty|thirty) (minutes?|mins?|hours?|hrs?|days?)|"
                    + "by \\d{1,2}([:.]\\d{2})? ?(am|pm)?|\\d{1,2}([:.]\\d{2})? ?(am|pm)|\\d{1,2}:\\d{2}|by (noon|midday|lunchtime)|"
                    + "right (now|away)|straight away|now|before you|while you wait|in a moment|in a minute|shortly)\\b");

    private static final Set<String> ACRONYMS = Set.of("OK", "UK", "US", "EU", "ID", "PM", "AM", "DHL", "UPS", "DPD", "FAQ",
            "PDF", "VAT", "PIN", "SMS", "RMA", "SKU", "ETA", "SLA", "WMS", "API", "EOD", "ASAP", "USPS", "TV", "PS", "FYI");

    private final String raw;
    private final String text;

    DraftText(String draft) {
        this.raw = draft == null ? "" : draft;
        this.text = normal(raw);
    }

    static String normal(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    boolean isBlank() {
        return text.isEmpty();
    }

    Set<ReplyCue> cues() {
        EnumSet<ReplyCue> found = EnumSet.noneOf(ReplyCue.class);
        if (DISMISSIVE.matcher(text).find()) {
            found.add(ReplyCue.DISMISSIVE);
        }
        if (POLICY.matcher(text).find()) {
            found.add(ReplyCue.POLICY_WALL);
        }
        if (BLAMING.matcher(text).find()) {
            found.add(ReplyCue.BLAMING);
        }
        if (shouting(raw)) {
            found.add(ReplyCue.SHOUTING);
        }
        if (JARGON.matcher(text).find()) {
            found.add(ReplyCue.JARGON);
        }
        if (PROMISE.matcher(text).find() && !WHEN.matcher(text).find()) {
            found.add(ReplyCue.PROMISE_WITHOUT_TIME);
        }
        return found;
    }

    boolean acknowledges() {
        return ACKNOWLEDGES.matcher(text).find();
    }

    boolean saysWhen() {
        return WHEN.matcher(text).find();
    }

    /** "!!", or mostly capitals over at least a dozen letters, or two shouted words (acronyms aside). */
    static boolean shouting(String s) {
        if (s.contains("!!")) {
            return true;
        }
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        if (letters >= 12 && upper >= 0.6 * letters) {
            return true;
        }
        int shouted = 0;
        for (String word : s.split("[^\\p{L}]+")) {
            if (word.length() >= 3 && word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(word.toLowerCase(Locale.ROOT))
                    && !ACRONYMS.contains(word)) {
                shouted++;
            }
        }
        return shouted >= 2;
    }

    /** The draft's sentences as typed (split after . ! ? and line breaks). */
    List<String> sentences() {
        List<String> out = new ArrayList<>();
        for (String part : raw.trim().split("(?<=[.!?])\\s+|\\n+")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }
}
