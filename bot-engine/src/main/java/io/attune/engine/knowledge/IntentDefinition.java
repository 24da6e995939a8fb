package io.attune.engine.knowledge;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Set;

/**
 * One thing customers ask for, with how the bot answers it.
 *
 * @param name         the intent's id, e.g. {@code track_order} (lower case, digits, underscores)
 * @param category     a grouping for admins, e.g. {@code ORDER}
 * @param examples     phrasings customers use; the classifier learns from them
 * @param answer       the bot's answer, plain text (shown as text, never as HTML)
 * @param quickReplies texts offered as buttons with the answer; each is sent as the customer's message
 * @param flow         null, or the multi-turn flow the engine runs instead of a plain answer:
 *                     {@code order-status}, {@code password-reset}, {@code cancellation}, {@code refund-status}
 * @param title        null, or the intent as a customer would ask it ("Where is my order?"), offered as a
 *                     "did you mean" choice; the name in words when null
 * @param links        up to {@value AnswerLink#MAX_PER_ANSWER} links shown under every bot message that answers
 *                     this intent (flow steps included), e.g. "Account > Orders"; each checked by {@link AnswerLink}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "category", "title", "answer", "quickReplies", "links", "flow", "examples"})
public record IntentDefinition(String name, String category, List<String> examples, String answer,
                               List<String> quickReplies, String flow, String title, List<AnswerLink> links) {

    static final int MAX_TITLE = 80;

    /** An intent without a title of its own. */
    public IntentDefinition(String name, String category, List<String> examples, String answer,
                            List<String> quickReplies, String flow) {
        this(name, category, examples, answer, quickReplies, flow, null, List.of());
    }

    /** An intent whose answer carries no links. */
    public IntentDefinition(String name, String category, List<String> examples, String answer,
                            List<String> quickReplies, String flow, String title) {
        this(name, category, examples, answer, quickReplies, flow, title, List.of());
    }

    public static final Set<String> FLOWS = Set.of("order-status", "password-reset", "cancellation", "refund-status");
    static final int MAX_ANSWER = 2_000;

    public IntentDefinition {
        if (name == null || !name.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new InvalidKnowledgeException("intent name must be lower case letters, digits and underscores: "
                    + name);
        }
        examples = examples == null ? List.of()
                : examples.stream().filter(e -> e != null && !e.isBlank()).map(String::strip).distinct().toList();
        if (examples.isEmpty()) {
            throw new InvalidKnowledgeException("intent " + name + " needs at least one example");
        }
        if (answer == null || answer.isBlank() || answer.length() > MAX_ANSWER) {
            throw new InvalidKnowledgeException("intent " + name + " needs an answer of 1 to " + MAX_ANSWER
                    + " characters");
        }
        quickReplies = quickReplies == null ? List.of()
                : quickReplies.stream().filter(q -> q != null && !q.isBlank()).map(String::strip).toList();
        if (flow != null && !FLOWS.contains(flow)) {
            throw new InvalidKnowledgeException("intent " + name + " has an unknown flow " + flow + "; known: "
                    + FLOWS);
        }
        category = category == null || category.isBlank() ? "OTHER" : category.strip();
        answer = answer.strip();
        title = title == null || title.isBlank() ? null : title.strip();
        if (title != null && title.length() > MAX_TITLE) {
            throw new InvalidKnowledgeException("intent " + name + " needs a title of at most " + MAX_TITLE
                    + " characters");
        }
        links = links == null ? List.of() : links.stream().filter(java.util.Objects::nonNull).toList();
        if (links.size() > AnswerLink.MAX_PER_ANSWER) {
            throw new InvalidKnowledgeException("intent " + name + " may carry at most " + AnswerLink.MAX_PER_ANSWER
                    + " links");
        }
    }

    /** The title, or the name in words ("track_order": "Track order"). */
    public String choiceLabel() {
        if (title != null) {
            return title;
        }
        String words = name.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
