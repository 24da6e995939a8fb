package io.attune.admin.knowledge;

import io.attune.engine.knowledge.IntentDefinition;
import io.attune.engine.knowledge.InvalidKnowledgeException;
import java.util.Arrays;
import java.util.List;

/**
 * An intent as typed into the knowledge-base form: examples and quick replies one per line, kept as
 * text so that what the admin typed is shown back (escaped) beside a problem.
 *
 * @param title   what "did you mean" choices call the intent; blank: words made from its name
 * @param version the knowledge-base version the edit is based on
 */
public record IntentForm(String name, String category, String answer, String quickReplies, String flow,
                         String examples, String title, Long version) {

    /** Generous for any real intent; stops a pasted file or a flood from becoming the bot's training data. */
    static final int MAX_TEXT = 100_000;
    static final int MAX_LINE = 500;

    public IntentForm {
        name = name == null ? "" : name.strip();
        category = category == null ? "" : category.strip();
        answer = answer == null ? "" : answer;
        quickReplies = quickReplies == null ? "" : quickReplies;
        flow = flow == null || flow.isBlank() ? null : flow.strip();
        examples = examples == null ? "" : examples;
        title = title == null || title.isBlank() ? null : title.strip();
    }

    static IntentForm of(IntentDefinition d, long version) {
        return new IntentForm(d.name(), d.category(), d.answer(), String.join("\n", d.quickReplies()), d.flow(),
                String.join("\n", d.examples()), d.title(), version);
    }

    static IntentForm blank(long version) {
        return new IntentForm("", "", "", "", null, "", null, version);
    }

    long basedOn() {
        return version == null ? -1 : version;
    }

    int exampleCount() {
        return lines(examples).size();
    }

    /** @throws InvalidKnowledgeException worded for the admin when a rule is broken */
    IntentDefinition toDefinition() {
        if (examples.length() > MAX_TEXT || quickReplies.length() > MAX_TEXT) {
            throw new InvalidKnowledgeException("examples and quick replies may hold at most " + MAX_TEXT + " characters");
        }
        List<String> exampleLines = lines(examples);
        if (exampleLines.stream().anyMatch(l -> l.length() > MAX_LINE)) {
            throw new InvalidKnowledgeException("each example must be at most " + MAX_LINE + " characters");
        }
        return new IntentDefinition(name, category, exampleLines, answer, lines(quickReplies), flow, title);
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
