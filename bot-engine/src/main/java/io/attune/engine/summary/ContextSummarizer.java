package io.attune.engine.summary;

import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.Conversation;
import io.attune.engine.conversation.Turn;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.flow.CustomerDetails;
import io.attune.engine.handoff.PolicyTurn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Builds the agent's context summary from a conversation's structured history, with no outside service. */
public final class ContextSummarizer {

    private static final int QUOTE = 80;

    /** @param topic the intent in plain words ("track_order" -> "track an order") */
    public ContextSummary summarize(Conversation c, Function<String, String> topic) {
        List<Turn> customer = c.customerTurns();
        Set<String> wants = new LinkedHashSet<>();
        List<String> failed = new ArrayList<>();
        for (Turn t : customer) {
            if (PolicyTurn.understood(t.intent()) && !t.intent().equals("small_talk")) {
                wants.add(topic.apply(t.intent()));
            } else if (!PolicyTurn.understood(t.intent())) {
                failed.add("did not understand: \"" + quote(t.text()) + "\"");
            }
        }
        Map<String, String> details = CustomerDetails.from(c.customerTexts()).values();
        Set<String> answered = new LinkedHashSet<>();
        c.turns().stream().filter(t -> t.author() == Author.BOT && t.intent() != null)
                .forEach(t -> answered.add(topic.apply(t.intent())));
        String reason = c.snapshot().handoff() == null ? "not handed over"
                : c.snapshot().handoff().decision().explanation();
        String customerName = c.snapshot().customerName() == null ? "Anonymous customer" : c.snapshot().customerName();
        return new ContextSummary(customerName, c.snapshot().startedAt(), List.copyOf(wants), details,
                List.copyOf(answered), failed, EmotionalArc.describe(customer), reason,
                firstLine(customer, wants));
    }

    /** A first line that names the feeling before the task, as a good agent would. */
    static String firstLine(List<Turn> customer, Set<String> wants) {
        String task = wants.isEmpty() ? "your question" : "your request to " + wants.iterator().next();
        EmotionReading last = customer.isEmpty() || customer.get(customer.size() - 1).reading() == null
                ? EmotionReading.neutral() : customer.get(customer.size() - 1).reading();
        Emotion feeling = last.strongest();
        if (last.intensity(feeling) < 0.35) {
            feeling = Emotion.NEUTRAL;
        }
        return switch (feeling) {
            case ANGER -> "I'm sorry you've had to deal with this. I've read our conversation and I'm taking care of "
                    + task + " myself now.";
            case FRUSTRATION -> "I can see this has been frustrating, thank you for your patience. I've read everything "
                    + "and I'll sort out " + task + " now.";
            case ANXIETY -> "I understand this is worrying. I'm here now and I'll help you with " + task
                    + " straight away.";
            case SADNESS -> "I'm sorry you're going through this. I've read what you wrote and I'm here to help with "
                    + task + ".";
            case CONFUSION -> "Sorry for the confusion. I've read the conversation; let's go through " + task
                    + " together, step by step.";
            default -> "Hi, thanks for waiting. I've read our conversation so far, so let's pick up " + task
                    + " from here.";
        };
    }

    private static String quote(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= QUOTE ? oneLine : oneLine.substring(0, QUOTE - 1) + "…";
    }
}
