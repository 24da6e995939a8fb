package io.attune.console.conversation;

import io.attune.engine.emotion.Cue;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReading;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Replies an agent can insert and edit, fit to what the customer feels now: name the feeling first,
 * then say what happens next, in positive words ("I will", not "I can't"). Built from the reading
 * (strongest emotion, how strong, cues), the customer's name and the agent's name.
 */
@Component
class SuggestedReplies {

    private static final double STRONG = 0.6;

    List<String> forReading(EmotionReading reading, String customerName, String agentName) {
        String name = customerName == null || customerName.isBlank() ? "" : ", " + customerName.strip();
        Set<String> replies = new LinkedHashSet<>();
        cueReplies(reading, agentName).forEach(replies::add);
        Emotion strongest = strongestFelt(reading);
        boolean strong = reading.intensity(strongest) >= STRONG;
        replies.add(acknowledge(strongest, strong, name));
        replies.add(nextStep(strongest));
        return new ArrayList<>(replies).subList(0, Math.min(3, replies.size()));
    }

    /** NEUTRAL only wins when nothing else registers: a mild feeling is still worth naming. */
    private static Emotion strongestFelt(EmotionReading reading) {
        Emotion top = Emotion.NEUTRAL;
        double best = 0.15;
        for (Emotion e : Emotion.values()) {
            if (e != Emotion.NEUTRAL && reading.intensity(e) > best) {
                top = e;
                best = reading.intensity(e);
            }
        }
        return top;
    }

    private static List<String> cueReplies(EmotionReading reading, String agentName) {
        List<String> lines = new ArrayList<>();
        if (reading.has(Cue.ASKED_FOR_PERSON)) {
            lines.add("You're talking with a person now: I'm " + agentName + ", and I'll stay with you until this is sorted.");
        }
        if (reading.has(Cue.REPEATED_MESSAGE)) {
            lines.add("I'm sorry you've had to repeat yourself. I have the whole conversation here, so you won't need to again.");
        }
        if (reading.has(Cue.THREAT_TO_LEAVE)) {
            lines.add("I understand why you'd consider that, and I'd really like the chance to put this right for you first.");
        }
        return lines;
    }

    private static String acknowledge(Emotion emotion, boolean strong, String name) {
        return switch (emotion) {
            case ANGER -> strong
                    ? "I'm really sorry" + name + ". I can see this has gone badly wrong for you, and I'm going to fix it with you now."
                    : "I'm sorry about this" + name + ". Let's get it sorted straight away.";
            case FRUSTRATION -> strong
                    ? "I completely understand how frustrating this has been" + name + ". I'm on it now."
                    : "I can see this has been a hassle" + name + ". Let me take it from here.";
            case ANXIETY -> "I understand this is worrying" + name + ". I'll check it with you right now and tell you exactly where things stand.";
            case CONFUSION -> "Thanks for bearing with us" + name + ". Let me explain it step by step.";
            case SADNESS -> "I'm sorry to hear that" + name + ". I'll do what I can to make this easier for you.";
            case GRATITUDE, JOY -> "Glad to hear it" + name + "! Is there anything else I can help you with?";
            case NEUTRAL -> "Hi" + name + ", thanks for waiting. I've read your conversation and I'm happy to help.";
        };
    }

    private static String nextStep(Emotion emotion) {
        return switch (emotion) {
            case ANGER, FRUSTRATION -> "Here's what I'll do now: I'll look into it and update you in a couple of minutes.";
            case ANXIETY -> "You're in good hands: I'll stay in this chat until we know what's happening.";
            case CONFUSION -> "Could you tell me which part is unclear? I'll go through it with you.";
            case SADNESS -> "Take your time, I'm here. Tell me what would help most.";
            case GRATITUDE, JOY -> "It was a pleasure helping you today.";
            case NEUTRAL -> "Could you confirm the details for me so I can look into it?";
        };
    }
}
