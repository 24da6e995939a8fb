package io.attune.engine.reply;

import io.attune.engine.emotion.EmotionReading;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Greetings, thanks and goodbyes: short social turns that need a social answer, not a knowledge-base
 * lookup (and that must never count as the bot failing).
 */
public final class SmallTalk {

    public static final String INTENT = "small_talk";

    /** What a social turn is. */
    public enum Kind { GREETING, THANKS, GOODBYE, CHAT, ACKNOWLEDGEMENT }

    private static final int MAX_WORDS = 9;
    private static final int MAX_ACK_WORDS = 12;
    /** "ok", "got it", "ok ill try reinstalling", "oh it's tracked, ok": the customer takes in an answer. */
    private static final Pattern ACK = Pattern.compile("^(ok+|okay|k|alright|all right|right|got it|gotcha|fine|great|cool|neat"
            + "|perfect|sure|yes|yep|yeah|ah+|oh+|i see|makes sense|good to know|understood|noted|found it|sorted)\\b.*");
    /** An acknowledgement with any of these still has something to say: a complaint or a question. */
    private static final Pattern STILL_ASKING = Pattern.compile(".*(\\?|\\b(but|still|not|never|nothing|wrong|broken|damaged"
            + "|where|when|how|why|what|which|can|could|cant|can't|doesnt|doesn't|didnt|didn't|wont|won't|isnt|isn't|refund"
            + "|cancel|missing|late|help|charged?|charges|twice|double|error|problem|issue)\\b).*");
    private static final Pattern GREETING = Pattern.compile(
            "^(hi+|hel+o+|hallo|hullo|helo|hey+|hiya|yo|heya|howdy|sup|wassup|g'?day|evening|morning|afternoon"
                    + "|good (morning|afternoon|evening|day)|greetings)\\b"
                    + "[\\s\\p{Punct}\\p{So}a-z]*$");
    private static final Pattern THANKS = Pattern.compile(".*\\b(thanks+|thank (you|u|ya)|thankyou|thanku|thanx|thnx|thnks|thx|tnx|ty|tysm|ta|cheers|many thanks"
            + "|appreciate it|much appreciated|really appreciated|much obliged|appreciated|tyvm|merci|gracias|danke"
            + "|you'?ve been (a |very |really |so |super )?(great |big |real )?help(ful)?|(that|this) (was |is |'s )?(very |really |so |super )?helpful"
            + "|that help(s|ed)( a lot)?|you'?re a (star|legend|lifesaver)|nice one)\\b.*");
    private static final Pattern BYE = Pattern.compile(".*\\b(bye+|goodbye|see (you|ya)|that'?s (all|everything|it)|all i needed"
            + "|nothing else|i'?m done|have a (nice|good|great|lovely) (day|evening|one|weekend|night)|take care"
            + "|that'?ll be all|cya|ciao|ttyl|talk (to you )?(later|soon)|speak (to you )?soon|good ?night|bye for now"
            + "|no more questions|that'?s it for (now|today)|all sorted now|i'?m all set|good ?bye|bye ?bye|farewell"
            + "|(gotta|got to|have to|i must) (go|run|dash)( now)?(?=\\W*$)|catch (you|ya) later|that'?s all for (now|today)"
            + "|i'?m sorted|signing off|laters|i'?ll leave it (there|at that))\\b.*");
    private static final Pattern CHAT = Pattern.compile(".*\\b(how'?s your day|how are you|how is your day|how'?s it going"
            + "|are (you|u) (a |an )?(real )?(robot|bot|chatbot|ai|machine|computer|human|person|real|program)"
            + "|(am i|are we) (talking|speaking|chatting) (to|with) (a |an )?(real )?(bot|robot|human|person|machine|computer|ai)"
            + "|is this (a |an )?(bot|robot|real person|human|machine|ai)|how are (you|u)|how r u|what can you do"
            + "|nice to (meet|chat with|talk to) you|good bot|who made you|what are you|do you have feelings"
            + "|where are you (from|based)|(you'?re|you are|ur|u r) (so |very |really |quite |pretty |actually )?(funny|nice|sweet|clever|smart"
            + "|great|helpful|actually|cute|lovely|awesome|polite|fast|quick|brilliant|hilarious|cool|chatty|better than)"
            + "|what'?s your name|who are you|how old are you|do you like your job|are you real|lol|haha"
            + "|how are (you|u) doing|how are things|how have you been|how'?s your (morning|evening|week|weekend|afternoon)"
            + "|(are you|r u) having a (good|nice) day|do you (ever |really )?(sleep|eat|dream|get tired|get bored|have a name|have feelings|enjoy (this|your job))"
            + "|are (you|u) (happy|ok|okay|bored|tired|busy|alive|sentient|chatgpt|gpt|a person|a human being)"
            + "|who (built|created|programmed|designed|trained) (you|u)|(what do you do|can you think|(i )?love (you|u)|i like (you|u))(?=\\W*$)"
            + "|do you like (me|talking|chatting)|what'?s your favou?rite|you rock|good job|well done|(nice|smart|clever|cute|funny) bot"
            + "|are (you|u) (still )?there|what'?s it like (being|to be) (a |an )?(bot|robot|chatbot|ai|machine))\\b.*");
    /** Said to the bot: a longer message is small talk only when it is about "you" and asks nothing. */
    private static final Pattern TO_THE_BOT = Pattern.compile(".*\\b(you|u|you'?re|ur|your)\\b.*");
    /** A question after the social words ("thanks! and can I pay with paypal?") is a question, not small talk. */
    private static final Pattern QUESTION = Pattern.compile(".*\\b(can|could|how|where|when|what|why|do|does|is|will|would|my|order|refund|parcel|package)\\b.*\\?.*");

    /** The kind of social turn this is, or empty when it asks or says something the bot should act on. */
    public Optional<Kind> kind(String message) {
        String text = message.trim().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        int words = text.isEmpty() ? 0 : text.split("\\s+").length;
        if (words == 0 || words > MAX_ACK_WORDS) {
            return Optional.empty();
        }
        if (words > MAX_WORDS) {
            boolean chat = CHAT.matcher(text).matches() && TO_THE_BOT.matcher(text).matches()
                    && !STILL_ASKING.matcher(text).matches();
            return chat ? Optional.of(Kind.CHAT) : acknowledgement(text);
        }
        if (CHAT.matcher(text).matches()) {
            return Optional.of(Kind.CHAT);
        }
        if (QUESTION.matcher(text).matches()) {
            return Optional.empty();
        }
        if (BYE.matcher(text).matches()) {
            return Optional.of(Kind.GOODBYE);
        }
        if (THANKS.matcher(text).matches()) {
            return Optional.of(Kind.THANKS);
        }
        if (GREETING.matcher(text).matches()) {
            return Optional.of(Kind.GREETING);
        }
        return acknowledgement(text);
    }

    private static Optional<Kind> acknowledgement(String text) {
        return ACK.matcher(text).matches() && !STILL_ASKING.matcher(text).matches()
                ? Optional.of(Kind.ACKNOWLEDGEMENT) : Optional.empty();
    }

    public Optional<Reply> reply(String message, EmotionReading reading) {
        return kind(message).map(kind -> switch (kind) {
            case THANKS -> new Reply(Tone.of(reading).upset()
                    ? "Thank you for bearing with me. Is there anything else I can do?"
                    : "You're very welcome! Is there anything else I can help with?", java.util.List.of());
            case GOODBYE -> new Reply("Glad I could help. Thanks for chatting, and take care!", java.util.List.of());
            case GREETING -> new Reply("Hello! What can I help you with today?", java.util.List.of());
            case ACKNOWLEDGEMENT -> new Reply("Great. Is there anything else I can help with?", java.util.List.of());
            case CHAT -> new Reply("I'm Attune's assistant, a bot, and happy to chat for a moment. I can help with "
                    + "orders, deliveries, returns, payments and your account, and I can bring in a person whenever you like.",
                    java.util.List.of());
        });
    }
}
