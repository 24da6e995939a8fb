package io.attune.console.conversation;

import io.attune.engine.conversation.Turn;
import java.time.Instant;

/**
 * One turn as the console shows it and pushes it ({@code type = "message"}).
 *
 * @param reading     customer turns only
 * @param handoff     the customer turn that triggered the handoff
 * @param suggestions replies fit to this customer turn's emotion; empty for other turns
 */
record TranscriptLine(String type, long seq, String author, String authorName, String text, Instant at,
                      String clientId, ReadingView reading, boolean handoff, java.util.List<String> suggestions) {

    static TranscriptLine of(Turn turn, long handoffSeq, java.util.List<String> suggestions) {
        return new TranscriptLine("message", turn.seq(), turn.author().name(), turn.authorName(), turn.text(),
                turn.at(), turn.clientId(), ReadingView.of(turn.reading()), turn.seq() == handoffSeq, suggestions);
    }
}
