package io.attune.admin.knowledge;

import io.attune.engine.knowledge.AnswerLink;
import io.attune.engine.knowledge.AnswerLink.InvalidLinkException;
import io.attune.engine.knowledge.IntentDefinition;
import io.attune.engine.knowledge.InvalidKnowledgeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An intent as typed into the knowledge-base form: examples and quick replies one per line, kept as
 * text so that what the admin typed is shown back (escaped) beside a problem.
 *
 * @param title   what "did you mean" choices call the intent; blank: words made from its name
 * @param version the knowledge-base version the edit is based on
 * @param link1Label the first link's label ("Account > Orders"); a row of links left empty is no link
 * @param link1Url   the first link's address (https://… or /path); likewise the second and third
 */
public record IntentForm(String name, String category, String answer, String quickReplies, String flow,
                         String examples, String title, Long version, String link1Label, String link1Url,
                         String link2Label, String link2Url, String link3Label, String link3Url) {

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

    /** A form without links (the delete form, tests). */
    public IntentForm(String name, String category, String answer, String quickReplies, String flow,
                      String examples, String title, Long version) {
        this(name, category, answer, quickReplies, flow, examples, title, version, null, null, null, null, null, null);
    }

    static IntentForm of(IntentDefinition d, long version) {
        List<AnswerLink> l = d.links();
        return new IntentForm(d.name(), d.category(), d.answer(), String.join("\n", d.quickReplies()), d.flow(),
                String.join("\n", d.examples()), d.title(), version, label(l, 0), url(l, 0), label(l, 1), url(l, 1),
                label(l, 2), url(l, 2));
    }

    static IntentForm blank(long version) {
        return new IntentForm("", "", "", "", null, "", null, version);
    }

    /** The label and address typed in link row {@code row} (1 to 3), as typed: for the form to show back. */
    public String linkLabel(int row) {
        return row == 1 ? link1Label : row == 2 ? link2Label : link3Label;
    }

    public String linkUrl(int row) {
        return row == 1 ? link1Url : row == 2 ? link2Url : link3Url;
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
        return new IntentDefinition(name, category, exampleLines, answer, lines(quickReplies), flow, title, links());
    }

    /** @throws LinkFieldException naming the form field at fault ("link2Url") */
    private List<AnswerLink> links() {
        List<AnswerLink> links = new ArrayList<>();
        for (int row = 1; row <= AnswerLink.MAX_PER_ANSWER; row++) {
            String label = linkLabel(row);
            String url = linkUrl(row);
            if ((label == null || label.isBlank()) && (url == null || url.isBlank())) {
                continue;
            }
            try {
                links.add(new AnswerLink(label, url));
            } catch (InvalidLinkException e) {
                String field = "link" + row + (e.part() == AnswerLink.Part.LABEL ? "Label" : "Url");
                throw new LinkFieldException(field, "Link " + row + ": " + e.getMessage());
            }
        }
        return links;
    }

    private static String label(List<AnswerLink> links, int i) {
        return i < links.size() ? links.get(i).label() : "";
    }

    private static String url(List<AnswerLink> links, int i) {
        return i < links.size() ? links.get(i).url() : "";
    }

    /** A link the admin typed that breaks a rule, with the field to show the message beside. */
    static final class LinkFieldException extends InvalidKnowledgeException {

        private final String field;

        LinkFieldException(String field, String message) {
            super(message);
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
