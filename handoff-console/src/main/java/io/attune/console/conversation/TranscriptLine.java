package io.attune.console.conversation;

import io.attune.engine.conversation.Turn;
import io.attune.engine.knowledge.AnswerLink;
import java.time.Instant;
import java.util.List;

/**
 * One turn as the console shows it and pushes it ({@code type = "message"}).
 *
 * @param reading     customer turns only
 * @param handoff     the customer turn that triggered the handoff
 * @param suggestions replies fit to this customer turn's emotion; empty for other turns
 * @param links       the links the customer was shown under a bot answer, shown to the agent as text
 */
record TranscriptLine(String type, long seq, String author, String authorName, String text, Instant at,
                      String clientId, ReadingView reading, boolean handoff, List<String> suggestions,
                      List<AnswerLink> links) {

    static TranscriptLine of(Turn turn, long handoffSeq, List<String> suggestions, List<AnswerLink> links) {
        return new TranscriptLine("message", turn.seq(), turn.author().name(), turn.authorName(), turn.text(),
                turn.at(), turn.clientId(), ReadingView.of(turn.reading()), turn.seq() == handoffSeq, suggestions,
                links);
    }
}
