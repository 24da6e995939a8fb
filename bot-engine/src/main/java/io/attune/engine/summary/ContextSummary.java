package io.attune.engine.summary;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an agent reads before saying a word, built from the conversation's structured history.
 *
 * @param customer           who (name, or "Anonymous customer")
 * @param since              when the conversation started
 * @param wants              what the customer wants, in plain words ("track an order", "a refund")
 * @param details            details given, e.g. "order number" -> "A123456"
 * @param botAnswered        what the bot answered
 * @param botFailed          what the bot failed at ("did not understand: ...")
 * @param emotionalArc       the emotional arc in a sentence or two
 * @param handoffReason      why it was handed over
 * @param suggestedFirstLine a first line for the agent that acknowledges the customer's feeling
 */
public record ContextSummary(String customer, Instant since, List<String> wants, Map<String, String> details,
                             List<String> botAnswered, List<String> botFailed, String emotionalArc,
                             String handoffReason, String suggestedFirstLine) {

    public ContextSummary {
        wants = List.copyOf(wants);
        details = Map.copyOf(details);
        botAnswered = List.copyOf(botAnswered);
        botFailed = List.copyOf(botFailed);
    }
}
