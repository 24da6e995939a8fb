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
    /**
     * Signs of upset in support chat beyond single words (issue 10): who is blamed, what keeps happening,
     * how long it has been, what is demanded. Each is a feature whose weight is fitted.
     */
    private static final Map<String, Pattern> SIGNALS = Map.ofEntries(
            Map.entry("swearing", Pattern.compile("(?<![\\p{L}])[a-z]+\\*+[a-z]*|(?<![\\p{L}])(?:wtf|ffs|omfg|fml|bloody|damn\\w*"
                    + "|hell|crap\\w*|shit\\w*|f+u+c+k+\\w*|bs)(?![\\p{L}])")),
            Map.entry("blame", words("you people|you lot|you guys|your lot|you keep|you never|you always|you just|you lost"
                    + "|you took|you charged|you sent|you promised|you said|your (?:company|system|courier|website|site|app"
                    + "|service|staff|driver|bot)|on (?:ur|your) end|i paid (?:you|for)|done with you|all you (?:do|say)")),
            Map.entry("repeat", words("again|yet again|once again|still|(?:second|third|fourth|fifth|2nd|3rd|4th|5th|\\d+(?:st|nd|rd|th))"
                    + " (?:time|ticket|email|call|message|order|attempt|chat)|how many (?:times|more)|in a row|round in circles"
                    + "|keeps? (?:saying|sending|telling|asking|happening)|same (?:thing|answer|message|reply|link)"
                    + "|already (?:read|told|did|tried|checked|sent|said|asked|explained|done|given)|every time|over and over"
                    + "|as (?:always|usual)|not again|another (?:one|delay|excuse|email|automated|link)|twice"
                    + "|(?:\\d+|two|three|four|five|several|many|multiple) times|(?:third|fourth|fifth|\\d+(?:st|nd|rd|th)) message")),
            Map.entry("waiting", words("\\d+ (?:working |whole |full )?(?:days?|weeks?|months?|hours?)"
                    + "|(?:two|three|four|five|six|seven|eight|nine|ten|a|couple of|few) (?:working |whole |full )?"
                    + "(?:days|weeks?|months?|hours)|forever|ages|since (?:monday|tuesday|wednesday|thursday|friday|saturday"
                    + "|sunday|last|early|the)|still (?:waiting|nothing|no)|no (?:reply|response|answer|update|one)|nothing yet")),
            Map.entry("money", words("(?:my|the) money|money back|refund (?:me|now|it)|full refund|want (?:a |my )?refund"
                    + "|charged (?:me )?(?:twice|again|double)|double charged|took \\S*\\d+|\\d+ quid|chargeback"
                    + "|bills? to pay|pay (?:the )?rent|out of pocket")),
            // not "now", "today" or "i want to" alone: routine questions say them all the time ("can I order now")
            Map.entry("demand", words("right now|immediately|at once|dont tell me|don'?t tell me|stop (?:sending|telling"
                    + "|saying|asking)|i demand|i insist|i expect (?:this|it|a (?:call|reply|response|refund|manager))"
                    + "|sort (?:it|this) out|fix (?:it|this)|just (?:cancel|refund|give|fix|sort)|i want (?:my|someone|a refund"
                    + "|an apology|a manager|it (?:fixed|sorted|now))|not (?:waiting|accepting|acceptable|good enough|happy)"
                    + "|i'?m not (?:waiting|accepting|happy|ok|okay|interested)|no,? i")),
            Map.entry("done", words("i'?m done|im done|had enough|fed up|sick (?:of|and tired)|tired of|give up|forget it|whatever|fine\\.|never (?:again|ordering|buying"
                    + "|shopping|order|buy|use)|closing (?:my|the) account|close (?:my|the) account|cancel (?:my|the) (?:membership"
                    + "|account|subscription(?! (?:to|for|of) (?:the |your )?(?:company'?s? )?news))|telling everyone|taking my business|last time i|leaving a review|trading standards"
                    + "|small claims|my bank|solicitor|lawyer")),
            Map.entry("harsh", words("joke|shambles|farce|nightmare|hassle|circus|clowns?|waste of (?:time|money|space)|cowboys"
                    + "|rip ?off|con|criminal|daylight robbery|beyond|genius|mess|chaos|sham\\w*|laughable|ridic\\w*"
                    + "|rediculous|unaccep\\w*|unexcept\\w*|disgrac\\w*|discust\\w*|disgust\\w*|frust\\w*|anoy\\w*"
                    + "|iritat\\w*|dis+ap+oint\\w*|apal+\\w*|worst|rubish|terible|horible|aweful|useles+")),
            Map.entry("exasperated", words("unbelievable|unreal|incredible|astonishing|are you (?:serious|kidding|joking|for real)"
                    + "|you(?:'?re| are) (?:joking|kidding)|seriously\\?|no\\. just no|just no|give me a break|for (?:god'?s|pete'?s"
                    + "|crying out loud|heaven'?s) sake|how (?:hard|difficult) (?:can|is|could)|what is wrong with|(?:is|isn'?t|not)"
                    + " good enough|very bad|so bad|too much|enough is enough|what a (?:joke|mess|surprise)|typical")),
            Map.entry("sarcasm", Pattern.compile("(?:^|[\\s,.!])(?:oh |wow,? |yeah,? |well,? )?(?:great|fantastic|amazing|wonderful"
                    + "|brilliant|genius|lovely|perfect|good|nice|superb|excellent|awesome|marvellous|splendid|cool)\\b[^.?!]{0,40}"
                    + "\\b(?:as (?:always|usual)|again|another|already|yet|still|isn'?t|not|never|thanks to you)\\b"
                    + "|(?:really|so|very|super|ever so) helpful(?! thanks| thank)|thanks for nothing|well done(?: you)?[.!]*$"
                    + "|(?:^|\\s)(?:oh )?(?:good|great),? (?:a|an|another)\\b|\\bclap\\w*|👏|🙄|🙃|😒|🤦")));
    /**
     * Thanks that open or close the message: "thanks, that was really helpful" is sincere, "really helpful. yet
     * another link" is not (the admin what-if's calm seed read 0.89 upset when "really helpful" counted alone).
     */
    private static final Pattern THANKED = Pattern.compile("^(?:ok(?:ay)?,? |oh,? |great,? |perfect,? )?(?:thanks|thank you|thx|ty|cheers)\\b"
            + "|\\b(?:thanks|thank you|thx|cheers)(?: (?:so much|a lot|again))?[.!]*\\s*(?:[:;]-?\\)|😊|🙏)?\\s*$");
    private static final Pattern PRAISED_HELP = Pattern.compile("\\b(?:really|so|very|super|ever so) helpful\\b");
    /** "again" that repeats nothing that failed: "let's try again" (the bot's own quick reply), "order it again". */
    private static final Pattern CALM_AGAIN = Pattern.compile("(?<!never |not |won'?t |wont )\\b(?:let'?s |lets )?(?:try|order|buy"
            + "|shop|use|visit|check) (?:\\w+ )?again\\b(?! and again)");
    private static final Pattern CAPS_WORD = Pattern.compile("(?<![\\p{L}\\d])[A-Z]{2,}(?![\\p{L}\\d])");
    private static final Pattern EXCLAIM_RUN = Pattern.compile("[!?]{2,}");
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
        String lower = calmAgain(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        boolean stressed = INTENSIFIER.matcher(lower).find();
        LEXICON.forEach((name, words) -> {
            int hits = count(words, lower);
            if (hits > 0) {
                f.setCount("words_" + name, Math.min(3, hits));
                f.setCount("stressed_" + name, stressed ? 1 : 0);
            }
        });
        int upsetSignals = count(LEXICON.get("anger"), lower) + count(LEXICON.get("frustration"), lower);
        int signalHits = 0;
        for (Map.Entry<String, Pattern> signal : SIGNALS.entrySet()) {
            int hits = count(signal.getValue(), lower);
            if (hits > 0) {
                f.setCount("signal_" + signal.getKey(), Math.min(2, hits));
                upsetSignals += hits;
                signalHits += hits;
            }
        }
        f.setCount("upset_signals", Math.min(5, upsetSignals) / 5.0);
        f.setCount("stressed_upset", stressed && upsetSignals > 0 ? 1 : 0);
        StrongWords.Found strong = StrongWords.shipped().find(text);
        for (Emotion e : StrongWords.EMOTIONS) {
            int n = strong.count().getOrDefault(e, 0);
            if (n > 0) {
                f.setCount("strong_" + e, Math.min(3, n));
                f.setCount("strong_stressed_" + e, Math.min(2, strong.stressed().getOrDefault(e, 0)));
            }
        }
        f.setCount("strong_negated", Math.min(2, strong.negated()));
        int caps = 0;
        Matcher capsWords = CAPS_WORD.matcher(text);
        while (capsWords.find()) {
            caps += capsWords.group().equals("I") ? 0 : 1;
        }
        f.setCount("caps_words", Math.min(3, caps));
        f.setCount("exclaim_run", EXCLAIM_RUN.matcher(text).find() ? 1 : 0);
        VaderLexicon.Score vader = VaderLexicon.score(text);
        f.setCount("vader_negative", Math.min(1.0, vader.negative() / 6));
        f.setCount("vader_positive", Math.min(1.0, vader.positive() / 6));
        f.setCount("vader_most_negative", vader.mostNegative() / 4);
        f.setCount("vader_negative_stressed", stressed ? Math.min(1.0, vader.negative() / 6) : 0);
        f.setCount("negated_good", NEGATED_GOOD.matcher(lower).find() ? 1 : 0);
        f.setCount("exclaims", Math.min(3, count(EXCLAIM, text)));
        f.setCount("questions", Math.min(3, count(QUESTION, text)));
        f.setCount("long", Math.min(1.0, text.length() / 200.0));
        // What the customer said before counts, not how much: a long calm conversation is no sign of anger
        // (a count of earlier turns read every long chat as frustrated: the load benchmark handed them all over).
        int turns = earlier == null ? 0 : earlier.size();
        remember(text, lower, signalHits, vader.negative(), strongUpset(strong));
        if (turns > 0) {
            int anger = 0;
            int frustration = 0;
            int anxiety = 0;
            int signals = 0;
            int strongUpset = 0;
            double negative = 0;
            for (String turn : earlier.subList(Math.max(0, turns - 3), turns)) {
                Said said = said(turn);
                anger += said.anger();
                frustration += said.frustration();
                anxiety += said.anxiety();
                signals += said.signals();
                strongUpset += said.strongUpset();
                negative = Math.max(negative, said.vaderNegative());
            }
            f.setCount("earlier_anger", Math.min(3, anger));
            f.setCount("earlier_frustration", Math.min(3, frustration));
            f.setCount("earlier_anxiety", Math.min(3, anxiety));
            f.setCount("earlier_signals", Math.min(5, signals) / 5.0);
            f.setCount("earlier_strong_upset", Math.min(3, strongUpset));
            f.setCount("earlier_vader_negative", Math.min(1.0, negative / 6));
        }
        return f;
    }

    /**
     * What one turn said that the turns after it look at. Each customer turn is read once as the latest turn
     * and then up to three times as an earlier one; remembering it keeps a reading's cost flat.
     */
    private record Said(int anger, int frustration, int anxiety, int signals, double vaderNegative, int strongUpset) {
    }

    private static final int REMEMBERED = 20_000;
    private static final Map<String, Said> SAID = new java.util.concurrent.ConcurrentHashMap<>();

    private static void remember(String text, String lower, int signals, double vaderNegative, int strongUpset) {
        if (SAID.size() >= REMEMBERED) {
            SAID.clear();
        }
        SAID.computeIfAbsent(text, t -> new Said(count(LEXICON.get("anger"), lower), count(LEXICON.get("frustration"), lower),
                count(LEXICON.get("anxiety"), lower), signals, vaderNegative, strongUpset));
    }

    private static Said said(String turn) {
        Said said = SAID.get(turn);
        if (said != null) {
            return said;
        }
        String lower = calmAgain(turn.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        int signals = 0;
        for (Pattern signal : SIGNALS.values()) {
            signals += count(signal, lower);
        }
        remember(turn, lower, signals, VaderLexicon.score(turn).negative(), strongUpset(StrongWords.shipped().find(turn)));
        return SAID.getOrDefault(turn, new Said(0, 0, 0, signals, 0, 0));
    }

    private static int strongUpset(StrongWords.Found strong) {
        return strong.count().getOrDefault(Emotion.ANGER, 0) + strong.count().getOrDefault(Emotion.FRUSTRATION, 0);
    }

    /** The message as the word lists read it: "again" that repeats no failure and praise said with thanks taken out. */
    private static String calmAgain(String lower) {
        String calm = lower.contains("again") ? CALM_AGAIN.matcher(lower).replaceAll(" ") : lower;
        return calm.contains("helpful") && THANKED.matcher(calm.trim()).find() ? PRAISED_HELP.matcher(calm).replaceAll("helpful") : calm;
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
