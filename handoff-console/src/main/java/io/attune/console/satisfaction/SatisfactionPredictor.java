package io.attune.console.satisfaction;

import io.attune.console.Previews;
import io.attune.console.satisfaction.PredictedSatisfaction.MovingTurn;
import io.attune.engine.conversation.Conversation;
import io.attune.engine.conversation.Turn;
import io.attune.engine.satisfaction.EndedConversation;
import io.attune.engine.satisfaction.SatisfactionModel;
import io.attune.engine.satisfaction.SatisfactionModel.Explanation;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The engine's satisfaction model applied to stored conversations when a page shows them. Computed on read, not
 * stored at close: it takes microseconds from the turns the page loads anyway, covers conversations that ended
 * before it existed, and always reflects the model in force once it is refitted on more surveys.
 */
@Component
public class SatisfactionPredictor {

    static final int EXPLAINED_BY = 3;

    private final SatisfactionModel model;

    SatisfactionPredictor(SatisfactionModel model) {
        this.model = model;
    }

    /** The prediction for an ended conversation; empty while it is open. */
    public Optional<PredictedSatisfaction> of(Conversation conversation) {
        return EndedConversation.of(conversation).map(ended -> {
            Explanation explained = model.explain(ended);
            List<Turn> customer = conversation.customerTurns();
            List<MovingTurn> moving = explained.strongestTurns(EXPLAINED_BY).stream().map(t -> {
                Turn turn = customer.get(t.turn());
                return new MovingTurn(turn.seq(), Previews.of(turn.text()), t.change());
            }).toList();
            return new PredictedSatisfaction(explained.prediction().dissatisfied(), moving);
        });
    }
}
