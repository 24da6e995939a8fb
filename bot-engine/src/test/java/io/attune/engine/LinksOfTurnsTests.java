package io.attune.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.Turn;
import io.attune.engine.handoff.HandoffThresholds;
import io.attune.engine.intent.IntentPrediction;
import io.attune.engine.knowledge.AnswerLink;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinksOfTurnsTests {

    private static final AnswerLink ORDERS = new AnswerLink("Account > Orders", "/account/orders");

    private final RoutineKnowledge knowledge = new RoutineKnowledge() {
        @Override
        public IntentPrediction classify(String text) {
            return new IntentPrediction("get_invoice", 1.0);
        }

        @Override
        public Optional<Answer> answerFor(String intent) {
            return intent.equals("get_invoice")
                    ? Optional.of(new Answer(intent, "Under Account > Orders.", List.of(), null, "get an invoice",
                    List.of(ORDERS)))
                    : Optional.of(new Answer(intent, "Free over 60.", List.of(), null, "delivery"));
        }
    };

    @Test
    void aBotAnswerShowsTheLinksOfTheIntentItAnswered() {
        assertThat(knowledge.linksOf(turn(Author.BOT, "get_invoice"))).containsExactly(ORDERS);
        assertThat(knowledge.linksOf(turn(Author.BOT, "delivery_options"))).isEmpty();
    }

    @Test
    void theCustomersOwnTurnAndABotTurnAnsweringNoIntentShowNone() {
        assertThat(knowledge.linksOf(turn(Author.CUSTOMER, "get_invoice"))).isEmpty();
        assertThat(knowledge.linksOf(turn(Author.AGENT, "get_invoice"))).isEmpty();
        assertThat(knowledge.linksOf(turn(Author.BOT, null))).isEmpty();
    }

    @Test
    void theGreetingIsShownWithoutAskingAKnowledgeBaseStillTraining() {
        ScriptedWorld world = new ScriptedWorld();
        ConversationEngine engine = new ConversationEngine(world.store, world, () -> {
            throw new IllegalStateException("the knowledge base is still training");
        }, world.shop, HandoffThresholds::defaults, world.events::add, ScriptedWorld.CLOCK, 0.45);

        Turn greeting = engine.open(null).turns().get(0);

        assertThat(greeting.author()).isEqualTo(Author.BOT);
        assertThat(engine.linksOf(greeting)).isEmpty();
    }

    private static Turn turn(Author author, String intent) {
        return new Turn(2, author, null, "text", Instant.EPOCH, null, null, intent, List.of());
    }
}
