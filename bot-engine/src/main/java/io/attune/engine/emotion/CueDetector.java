package io.attune.engine.emotion;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds {@link Cue}s by patterns: they are about form and fixed phrases, where patterns are reliable and
 * a model would need data we do not have. Stateless and thread-safe.
 */
public final class CueDetector {

    /** Patterns look at the start of long texts only: a cue buried past this is not what the customer stressed. */
    static final int MAX_CHARS = 2_000;
    /** Earlier messages compared for {@link Cue#REPEATED_MESSAGE}; the customer repeats what is recent. */
    static final int RECENT = 20;
    static final double NEAR_DUPLICATE = 0.8;

    private static final String PERSON = "(?:real |actual |live |human )?(?:person|human|being|agent|someone|somebody"
            + "|representative|rep|manager|supervisor|operator|staff|employee|colleague)";
    private static final Pattern ASKED_FOR_PERSON = Pattern.compile(
            "\\b(?:talk|speak|chat|get in touch)(?:ing)? (?:to|with) (?:a |an |some |your |one of your )?" + PERSON + "\\b"
                    + "|\\b(?:get|give|connect|transfer|put|pass|escalate) (?:me|this|it)? ?(?:to|through to|with)? ?"
                    + "(?:a |an |your )?(?:real |actual |live )?(?:person|human|agent|manager|supervisor|operator)\\b"
                    + "|\\b(?:real|actual|live) (?:person|human|agent)\\b"
                    // "a table for one person please" counts people, it does not ask for one
                    + "|(?<!\\b(?:one|two|three|four|five|six|per|each|every|\\d{1,3}) )\\b(?:human|agent|person|operator|representative)(?: please|,? now|!)"
                    + "|\\bis (?:this|there) (?:a |an )?(?:real )?(?:person|human)\\b"
                    + "|\\b(?:want|need|demand) (?:a |an |to see a )?(?:human|person|manager|supervisor)\\b");
    /** A threat's form: what the customer will do, or else. "I want to cancel the order" is a request, not a threat. */
    private static final String WILL = "(?:i'?ll|i will|i'?m going to|i am going to|i'?m gonna|gonna|i'?m about to|about to"
            + "|or (?:else )?i'?ll|otherwise i'?ll|or i will|i'?m seriously considering|i'?m considering)";
    /** Leaving the company, not "leave a review" or "leave on Friday". */
    private static final String THE_COMPANY = "(?:you(?: guys| people)?|this (?:shop|store|company|site|place)|your (?:shop|store|company|site|service))";
    private static final Pattern THREAT_TO_LEAVE = Pattern.compile(
            "\\b" + WILL + " (?:cancel(?:l?ing)?|clos(?:e|ing)|delet(?:e|ing)|shut(?:ting)? down) (?:my|our|the) (?:whole )?(?:account|membership|subscription)\\b"
                    + "|\\b" + WILL + " (?:leave|quit|stop using|stop buying from|stop shopping (?:with|at)|switch from|ditch) " + THE_COMPANY
                    + "|\\b" + WILL + " (?:switch|go|move|take my (?:business|money)) (?:to (?:a |another )?(?:competitor|amazon|another (?:shop|store|company))|elsewhere)\\b"
                    + "|\\bnever (?:order|buy|shop|purchase|use)(?:ing)? (?:\\w+ ){0,3}again\\b"
                    + "|\\b(?:go|going|switch|switching|move|moving) (?:to|over to) (?:a |your |another )?"
                    + "(?:competitor|amazon|another (?:shop|store|company|provider))\\b"
                    + "|\\btak(?:e|ing) my (?:business|money) elsewhere\\b"
                    + "|\\b(?:i'?m|i am) (?:done|finished) with (?:you|this|your)\\b"
                    + "|\\blast time i (?:order|buy|shop|use)");
    private static final Pattern PROFANITY = Pattern.compile(
            "\\b(?:f+u+c+k+\\w*|f[*#@%]+c?k\\w*|f[*#@%]{2,}\\w*|sh[i1*]t+\\w*|bullshit\\w*|crap\\w*|damn\\w*"
                    + "|goddamn\\w*|bloody|bastards?|ass(?:holes?)?|arse\\w*|piss\\w*|wtf|stfu|dick\\w*|bitch\\w*"
                    + "|hell|screw you|cunt\\w*|twats?|bollocks)\\b");
    /** A word with some letters starred out ("f***", "s**t", "bl**dy"): a letter first, then a mask somewhere. */
    private static final Pattern MASKED_WORD = Pattern.compile("(?<![\\p{L}\\d*#@%$])\\p{L}[\\p{L}*#@%$]*[*#@%$][\\p{L}*#@%$]*");
    /** What starred-out words hide, as written in full; a masked word counts when it has one's length and letters. */
    private static final List<String> SWEARS = List.of("fuck", "fucks", "fucking", "fucked", "fucker", "fuckers", "fuckin",
            "shit", "shite", "shitty", "shits", "bullshit", "bloody", "damn", "damned", "crap", "crappy", "arse", "arsehole",
            "arseholes", "ass", "asshole", "assholes", "bastard", "bastards", "bitch", "cunt", "cunts", "piss", "pissed",
            "hell", "dick", "dickhead", "twat", "twats", "bollocks", "wanker", "wankers");
    private static final Pattern FORMAL_COMPLAINT = Pattern.compile(
            "\\b(?:make|file|lodge|raise|submit|register|put in|open) (?:a |an )?(?:formal |official |written )?complaint\\b"
                    + "|\\b(?:formal|official) complaint\\b"
                    + "|\\b(?:i want|i'?d like|i wish|i need) to complain\\b"
                    + "|\\bcomplain(?:t)? to (?:your |the )?(?:manager|management|head office|ombudsman|trading standards)\\b");
    /** Talk of people that is no ask for one: "the person who delivered it", "per person", "actually no". */
    private static final Pattern PEOPLE_NOT_ASKED_FOR = Pattern.compile(
            "\\b(?:the|that|your|a|my) (?:delivery |courier |nice |lovely )?(?:person|man|woman|guy|lady|driver|courier) (?:who|that)\\b"
                    + "|\\bactually,? no\\b|\\bpass (?:that|it|this) on\\b|\\bper person\\b"
                    + "|\\b(?:one|two|three|four|\\d{1,3})[- ](?:person|people)\\b|\\bpersonal\\b");
    private static final Pattern REPEATED_MARKS = Pattern.compile("!{2,}|[!?]{3,}");

    public Set<Cue> detect(String text, List<String> earlierCustomerMessages) {
        String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        String lower = bounded.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
        Set<Cue> cues = EnumSet.noneOf(Cue.class);
        if (ASKED_FOR_PERSON.matcher(lower).find()) {
            cues.add(Cue.ASKED_FOR_PERSON);
        }
        if (THREAT_TO_LEAVE.matcher(lower).find()) {
            cues.add(Cue.THREAT_TO_LEAVE);
        }
        if (FORMAL_COMPLAINT.matcher(lower).find()) {
            cues.add(Cue.FORMAL_COMPLAINT);
        }
        if (PROFANITY.matcher(lower).find() || maskedSwearing(lower)) {
            cues.add(Cue.PROFANITY);
        }
        if (shouting(bounded)) {
            cues.add(Cue.SHOUTING);
        }
        if (repeated(bounded, earlierCustomerMessages)) {
            cues.add(Cue.REPEATED_MESSAGE);
        }
        return cues;
    }

    /**
     * Whether the message speaks of people without asking for one, so that an intent classifier's
     * "contact a human" guess on it is not taken as an ask.
     */
    public static boolean speaksOfPeopleWithoutAsking(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return PEOPLE_NOT_ASKED_FOR.matcher(lower).find() && !ASKED_FOR_PERSON.matcher(lower).find();
    }

    /** Whether a word has letters starred out of a swear word: "f***" and "s**t" are swearing, "*12345*" and "5*" are not. */
    static boolean maskedSwearing(String lower) {
        if (lower.indexOf('*') < 0 && lower.indexOf('#') < 0 && lower.indexOf('@') < 0 && lower.indexOf('%') < 0
                && lower.indexOf('$') < 0) {
            return false;
        }
        java.util.regex.Matcher m = MASKED_WORD.matcher(lower);
        while (m.find()) {
            String word = m.group();
            for (String swear : SWEARS) {
                if (hides(word, swear)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hides(String masked, String swear) {
        if (masked.length() != swear.length()) {
            return false;
        }
        for (int i = 0; i < masked.length(); i++) {
            char c = masked.charAt(i);
            if (Character.isLetter(c) && c != swear.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Mostly capitals over several words, or "!!" and "?!?". */
    static boolean shouting(String text) {
        if (REPEATED_MARKS.matcher(text).find()) {
            return true;
        }
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return letters >= 8 && upper >= 0.7 * letters;
    }

    /** Near the same words as a recent earlier message; short replies ("yes", "ok thanks") do not count. */
    static boolean repeated(String text, List<String> earlier) {
        Set<String> words = words(text);
        if (words.size() < 3 || earlier == null) {
            return false;
        }
        for (String previous : earlier.subList(Math.max(0, earlier.size() - RECENT), earlier.size())) {
            Set<String> other = words(previous == null ? "" : previous);
            Set<String> common = new HashSet<>(words);
            common.retainAll(other);
            Set<String> union = new HashSet<>(words);
            union.addAll(other);
            if (!union.isEmpty() && (double) common.size() / union.size() >= NEAR_DUPLICATE) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(String text) {
        String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Set<String> words = new HashSet<>();
        for (String w : bounded.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
