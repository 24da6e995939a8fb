package io.attune.engine.emotion;

import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the fitted reading ({@link FittedReading}) looks at in a customer turn: the blended reading of
 * the models and cues, the words of support chat that carry feeling (their weights are fitted, not
 * chosen), how they are stressed or negated, and the customer's earlier turns.
 */
final class ReadingFeatures {

    /** Word lists of support chat; which of them count how much is learnt from the labelled chats. */
    private static final Map<String, Pattern> LEXICON = Map.of(
            "anger", words("furious|livid|fuming|outraged|outrageous|disgust\\w*|disgrace\\w*|appall\\w*|unacceptable"
                    + "|ridiculous|ludicrous|a joke|useless|incompetent|pathetic|scam\\w*|thie(?:f|ves)|steal\\w*|liars?|lying"
                    + "|rubbish|garbage|hate|angry|mad|sick of|fed up|had enough|absurd|insult\\w*|worst|terrible|horrible"
                    + "|awful|shocking|f\\W*\\w*ing|s\\*+t|wtf|bs|joke of a"),
            "frustration", words("annoy\\w*|frustrat\\w*|irritat\\w*|again|still|yet another|waiting|waited|third time"
                    + "|second time|keeps?|repeat\\w*|nobody|no one|never|disappointed|disappointing|tired of|seriously"
                    + "|ugh+|come on|how many times|already (?:told|said|sent|asked)|same answer|not helpful|doesn'?t help"
                    + "|not what i asked|hello\\?+|weeks?|days? (?:ago|late)"),
            "anxiety", words("worr\\w*|anxious|nervous|scared|afraid|panic\\w*|stress\\w*|urgent\\w*|asap|deadline"
                    + "|tomorrow|tonight|in time|desperate\\w*|please help|fraud|hacked|someone (?:has been|is) using|birthday"
                    + "|wedding|flight|before (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the)"),
            "sadness", words("sad|gutted|heartbroken|devastated|crying|cried|miserable|depressed|upset|late (?:mum|mom|dad|father|mother)"
                    + "|passed away|funeral|ruined|sentimental|:\\(|😢|😭|💔"),
            "gratitude", words("thanks?|thank you|thx|ty|cheers|appreciate\\w*|grateful|brilliant|lovely|amazing|great"
                    + "|perfect|legend|superb|fantastic|😊|😍|🙏"),
            "confusion", words("confus\\w*|don'?t understand|makes no sense|what do you mean|which one|unclear|lost"));
    private static final Pattern INTENSIFIER = words("so|really|very|extremely|absolutely|honestly|totally|completely"
            + "|utterly|beyond|seriously|truly|incredibly");
    private static final Pattern NEGATED_GOOD = Pattern.compile("\\b(?:not|isn'?t|wasn'?t|never|hardly) (?:very |so |at all )?"
            + "(?:happy|good|ok|okay|great|acceptable|fine|helpful|impressed|pleased)\\b");
    private static final Pattern QUESTION = Pattern.compile("\\?");
    private static final Pattern EXCLAIM = Pattern.compile("!");

    private ReadingFeatures() {
    }

    static Counter<String> of(String text, EmotionReading blended, List<String> earlier) {
        Counter<String> f = new ClassicCounter<>();
        f.setCount("bias", 1);
        for (Emotion e : Emotion.values()) {
            f.setCount("model_" + e, blended.intensity(e));
        }
        List<Double> d = blended.sentimentDistribution();
        for (int i = 0; i < d.size(); i++) {
            f.setCount("sentiment_" + i, d.get(i));
        }
        f.setCount("sentiment", blended.sentiment());
        for (Cue cue : blended.cues()) {
            f.setCount("cue_" + cue, 1);
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        boolean stressed = INTENSIFIER.matcher(lower).find();
        LEXICON.forEach((name, words) -> {
            int hits = count(words, lower);
            if (hits > 0) {
                f.setCount("words_" + name, Math.min(3, hits));
                f.setCount("stressed_" + name, stressed ? 1 : 0);
            }
        });
        f.setCount("negated_good", NEGATED_GOOD.matcher(lower).find() ? 1 : 0);
        f.setCount("exclaims", Math.min(3, count(EXCLAIM, text)));
        f.setCount("questions", Math.min(3, count(QUESTION, text)));
        f.setCount("long", Math.min(1.0, text.length() / 200.0));
        // What the customer said before counts, not how much: a long calm conversation is no sign of anger
        // (a count of earlier turns read every long chat as frustrated: the load benchmark handed them all over).
        int turns = earlier == null ? 0 : earlier.size();
        if (turns > 0) {
            String before = String.join(" ", earlier.subList(Math.max(0, turns - 3), turns)).toLowerCase(Locale.ROOT);
            f.setCount("earlier_anger", Math.min(3, count(LEXICON.get("anger"), before)));
            f.setCount("earlier_frustration", Math.min(3, count(LEXICON.get("frustration"), before)));
            f.setCount("earlier_anxiety", Math.min(3, count(LEXICON.get("anxiety"), before)));
        }
        return f;
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?<![\\p{L}])(?:" + alternatives + ")(?![\\p{L}])");
    }
}
