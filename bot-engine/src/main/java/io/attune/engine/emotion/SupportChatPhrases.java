package io.attune.engine.emotion;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two things in support chat that both models (movie reviews, Reddit) misread, handled by patterns:
 * litotes ("not bad at all", "no problem") are rewritten into what they mean before the models read
 * the text, and sarcastic praise ("oh great, another delay") is recognised so the reader counts it as
 * frustration, not joy.
 */
final class SupportChatPhrases {

    private static final Pattern LITOTES = Pattern.compile(
            "(?i)\\b(?:not|wasn'?t|isn'?t|ain'?t) (?:too |that |so |half |as )?(?:bad|terrible|awful|horrible)\\b(?: at all)?"
                    + "|\\bno (?:problem|problems|worries|complaints)\\b");
    private static final Pattern SARCASM = Pattern.compile(
            "(?i)(?:^|[.!?]\\s*)(?:oh |wow,? |yeah,? )?(?:great|wonderful|fantastic|perfect|brilliant|lovely|awesome"
                    + "|fabulous|terrific|nice)[,.!]+\\s*(?:another|more|yet another|still|again|now)\\b"
                    + "|\\bjust what i (?:needed|wanted)\\b|\\bthanks? for nothing\\b|\\bthanks a lot\\b.*\\b(?:not|never|no)\\b"
                    + "|\\b(?:love|great) (?:how|that) (?:you|it|this) (?:\\w+ ){0,4}(?:never|not|late|again|lost|broke)");

    private SupportChatPhrases() {
    }

    /** The text with litotes turned into plain words ("not bad at all" reads "good"). */
    static String plain(String text) {
        Matcher m = LITOTES.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            String match = m.group().toLowerCase(java.util.Locale.ROOT);
            m.appendReplacement(out, match.startsWith("no ") ? "fine" : "good");
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    static boolean sarcastic(String text) {
        return SARCASM.matcher(text).find();
    }
}
