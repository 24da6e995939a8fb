package io.attune.admin.satisfaction;

import io.attune.admin.satisfaction.PredictionSummary.Scored;
import io.attune.console.satisfaction.SatisfactionPredictor;
import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.ConversationId;
import io.attune.widget.store.ConversationSearch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** The predicted satisfaction of a period's ended conversations, read and predicted when the analytics page asks. */
@Service
public class PredictionFigures {

    /** How many of the period's latest ended conversations are read: bounds the page's work (each is one read). */
    static final int LOOKED_AT = 1000;

    private final ConversationSearch search;
    private final ConversationEngine engine;
    private final SatisfactionPredictor predictor;

    PredictionFigures(ConversationSearch search, ConversationEngine engine, SatisfactionPredictor predictor) {
        this.search = search;
        this.engine = engine;
        this.predictor = predictor;
    }

    /** The ended conversations started since {@code since}. */
    public PredictionSummary since(Instant since) {
        List<ConversationId> ids = search.endedSince(since, LOOKED_AT);
        List<Scored> scored = new ArrayList<>();
        for (ConversationId id : ids) {
            engine.find(id).ifPresent(c -> predictor.of(c).ifPresent(p -> scored.add(
                    new Scored(p, c.snapshot().survey() == null ? null : c.snapshot().survey().rating()))));
        }
        return PredictionSummary.of(scored, ids.size() == LOOKED_AT);
    }
}
