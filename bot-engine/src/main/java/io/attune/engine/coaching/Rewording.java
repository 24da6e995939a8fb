package io.attune.engine.coaching;

import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rewording of a draft from three de-escalation patterns: acknowledge the customer's feeling, own the
 * problem, and give the next step with a time. What the draft says of substance is kept; dismissive and
 * blaming sentences are left out, shouting is lowered, jargon is put plainly. "[time]" is left for the
 * agent to fill in: only they know when they can come back.
 */
final class Rewording {

    static final String TIME = "[time]";

    private static final Map<Pattern, String> PLAIN = new LinkedHashMap<>();
    private static final Pattern PER_POLICY = Pattern.compile("\\b(per|according to) (our|the) (policy|terms|t&cs)\\b",
            Pattern.CASE_INSENSITIVE);

    static {
        plain("\\bRMA( number)?\\b", "return number");
        plain("\\bSKUs?\\b", "item code");
        plain("\\bWMS\\b", "warehouse system");
        plain("\\bSLAs?\\b", "usual response time");
        plain("\\bETA\\b", "expected delivery time");
        plain("\\b(escalated (it )?to|passed to|sent to|raised with) (L2|L3|tier ?[23]|level [23]|2nd line|second line)\\b", "passed to our specialist team");
        plain("\\b(L2|L3|tier ?[23]|2nd line)\\b", "our specialist team");
        plain("\\b(ticket(ed)? (has been |was )?escalated)\\b", "case passed to our specialist team");
        plain("\\b((the|our) )?(back-?end|back ?office|database|DB)\\b", "our system");
        plain("\\bcarrier exception\\b", "delivery problem at the courier");
        plain("\\bRTS\\b", "returned to us by the courier");
        plain("\\bOOS\\b", "out of stock");
        plain("\\b(auth hold|pre-?auth)\\b", "temporary hold on your card");
        plain("\\bchargeback\\b", "card dispute");
        plain("\\b3PL\\b", "our delivery partner");
        plain("\\bPII\\b", "personal details");
        plain("\\bAWB\\b", "waybill number");
        plain("\\b((the|our) )?API\\b", "our system");
    }

    private static void plain(String regex, String words) {
        PLAIN.put(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), words);
    }

    String suggest(DraftText draft, List<ReplyCue> reasons, EmotionReading mood, boolean upset) {
        List<String> parts = new ArrayList<>();
        if (!draft.acknowledges() && (upset || reasons.contains(ReplyCue.DISMISSIVE) || reasons.contains(ReplyCue.BLAMING))) {
            parts.add(acknowledgement(mood, upset));
        }
        if (upset) {
            parts.add("I'll take care of this for you.");
        }
        boolean keptAPromise = false;
        for (String sentence : draft.sentences()) {
            String s = DraftText.normal(sentence);
            if (DraftText.DISMISSIVE.matcher(s).find() && DraftText.DISMISSIVE.matcher(s).replaceAll("").replaceAll("[^\\p{L}\\d]", "").length() < 4) {
                continue;
            }
            if (DraftText.BLAMING.matcher(s).find()) {
                continue;
            }
            String kept = sentence;
            kept = DraftText.DISMISSIVE.matcher(kept.toLowerCase(Locale.ROOT)).find() ? withoutDismissive(kept) : kept;
            if (reasons.contains(ReplyCue.POLICY_WALL) && DraftText.POLICY.matcher(s).find()) {
                kept = PER_POLICY.matcher(kept).replaceAll("under our policy, but let me see what else I can offer you");
                kept = Pattern.compile(DraftText.POLICY.pattern(), Pattern.CASE_INSENSITIVE).matcher(kept)
                        .replaceAll("our policy limits what I can do here, but let me see what I can offer you");
            }
            for (Map.Entry<Pattern, String> p : PLAIN.entrySet()) {
                kept = p.getKey().matcher(kept).replaceAll(p.getValue());
            }
            kept = calm(kept);
            if (DraftText.PROMISE.matcher(DraftText.normal(kept)).find()) {
                if (!DraftText.WHEN.matcher(DraftText.normal(kept)).find()) {
                    kept = kept.replaceFirst("[.!?]*$", "") + " and update you by " + TIME + ".";
                }
                keptAPromise = true;
            }
            if (!kept.isBlank()) {
                parts.add(sentence(capitalised(kept)));
            }
        }
        if (upset && !keptAPromise && !draft.saysWhen()) {
            parts.add("I'll update you by " + TIME + " with what happens next.");
        }
        return String.join(" ", parts).replaceAll("\\s+", " ").trim();
    }

    static String acknowledgement(EmotionReading mood, boolean upset) {
        if (!upset) {
            return "Sorry if I wasn't clear.";
        }
        Emotion strongest = List.of(Emotion.ANGER, Emotion.FRUSTRATION, Emotion.ANXIETY, Emotion.SADNESS).stream()
                .max((a, b) -> Double.compare(mood.intensity(a), mood.intensity(b))).orElse(Emotion.ANGER);
        return switch (strongest) {
            case ANXIETY -> "I understand this is worrying, and I'm sorry.";
            case SADNESS -> "I'm really sorry, I can see how disappointing this is.";
            case FRUSTRATION -> "I'm sorry this has been so frustrating.";
            default -> "I'm sorry, I can see why you're upset.";
        };
    }

    private static String withoutDismissive(String sentence) {
        Matcher m = Pattern.compile(DraftText.DISMISSIVE.pattern(), Pattern.CASE_INSENSITIVE).matcher(sentence);
        return m.replaceAll("").replaceAll("^[\\s,;:.\\-]+", "").replaceAll("\\s+([,.!?])", "$1").replaceAll(",\\s*,", ",");
    }

    /** "!!" to ".", shouted sentences to sentence case. */
    private static String calm(String sentence) {
        String s = sentence.replaceAll("!{2,}", ".").replaceAll("\\?{2,}", "?");
        if (DraftText.shouting(sentence)) {
            s = s.toLowerCase(Locale.ROOT).replaceAll("\\bi\\b", "I");
        }
        return s;
    }

    /** Ends with . ! or ? so the next part starts a new sentence. */
    private static String sentence(String s) {
        String t = s.replaceAll("[\\s,;:\\-]+$", "");
        return t.matches(".*[.!?]$") ? t : t + ".";
    }

    private static String capitalised(String s) {
        String t = s.trim();
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
