package io.attune.engine;

import static io.attune.engine.Readings.feeling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.Conversation;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.conversation.QuickReply;
import io.attune.engine.conversation.Turn;
import io.attune.engine.emotion.Cue;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.event.EngineEvent;
import io.attune.engine.conversation.ClosedBy;
import io.attune.engine.handoff.HandoffThresholds;
import io.attune.engine.summary.ContextSummary;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConversationEngineTests {

    private final ScriptedWorld world = new ScriptedWorld()
            .means("what delivery options do you have", "delivery_options")
            .means("where is my order", "track_order")
            .means("cancel my order please", "cancel_order")
            .means("I want my money back", "get_refund");
    private final ConversationEngine engine = world.engine();
    private final ConversationId id = engine.open(null).id();
    private final LocalDate today = LocalDate.now(ScriptedWorld.CLOCK);

    private Turn lastTurn() {
        Conversation c = engine.find(id).orElseThrow();
        return c.turns().get(c.turns().size() - 1);
    }

    private ConversationState state() {
        return engine.find(id).orElseThrow().state();
    }

    @Test
    void greetsTheCustomerWithChoices() {
        Turn greeting = engine.find(id).orElseThrow().turns().get(0);

        assertThat(greeting.author()).isEqualTo(Author.BOT);
        assertThat(greeting.quickReplies()).isNotEmpty();
        assertThat(state()).isEqualTo(ConversationState.BOT_ANSWERING);
    }

    @Test
    void answersARoutineQuestionAndStaysWithTheBot() {
        CustomerTurnResult r = engine.customerSays(id, "c1", "what delivery options do you have");

        assertThat(r.replies()).singleElement().satisfies(t -> assertThat(t.text()).contains("express (1-2 days)"));
        assertThat(r.customerTurn().reading()).isNotNull();
        assertThat(r.state()).isEqualTo(ConversationState.BOT_ANSWERING);
        assertThat(world.events(EngineEvent.HandoffRequested.class)).isEmpty();
    }

    @Test
    void orderStatusAsksForTheNumberChecksItsShapeAndAnswers() {
        world.shop.with(ShopOrders.shipped("A1234567", today));
        engine.customerSays(id, "c1", "where is my order");
        assertThat(state()).isEqualTo(ConversationState.BOT_CLARIFYING);
        assertThat(lastTurn().text()).contains("order number");

        engine.customerSays(id, "c2", "it's 12");
        assertThat(lastTurn().text()).contains("doesn't look like an order number");

        engine.customerSays(id, "c3", "sorry, A1234567");
        assertThat(lastTurn().text()).contains("Order A1234567");
        assertThat(state()).isEqualTo(ConversationState.BOT_ANSWERING);
    }

    @Test
    void anAmbiguousQuestionGetsDidYouMeanChoicesAndChoosingOneAnswersIt() {
        world.unsure("question about delivery", new RoutineKnowledge.Choice("track_order", "Where is my order?", 0.30),
                        new RoutineKnowledge.Choice("delivery_options", "Delivery options", 0.25))
                .means("Delivery options", "delivery_options");

        CustomerTurnResult asked = engine.customerSays(id, "c1", "question about delivery");

        assertThat(asked.replies()).singleElement().satisfies(t -> {
            assertThat(t.text()).contains("Did you mean one of these?");
            assertThat(t.quickReplies()).extracting(q -> q.label()).containsExactly("Where is my order?", "Delivery options");
        });
        QuickReply chosen = asked.replies().get(0).quickReplies().get(1);

        CustomerTurnResult answered = engine.customerSays(id, "c2", chosen.text());

        assertThat(answered.replies()).singleElement().satisfies(t -> assertThat(t.text()).contains("express (1-2 days)"));
    }

    @Test
    void aFlowHearsItsAnswerEvenWhenTheClassifierThinksItIsSomethingElse() {
        world.shop.with(ShopOrders.shipped("A1234567", today));
        world.means("it's A1234567", "delivery_options");
        engine.customerSays(id, "c1", "where is my order");

        engine.customerSays(id, "c2", "it's A1234567");

        assertThat(lastTurn().text()).contains("Order A1234567");
    }

    @Test
    void aClearNewQuestionInTheMiddleOfAFlowChangesTheSubject() {
        engine.customerSays(id, "c1", "where is my order");

        engine.customerSays(id, "c2", "what delivery options do you have");

        assertThat(lastTurn().text()).contains("express (1-2 days)");
        assertThat(engine.find(id).orElseThrow().snapshot().flow()).isNull();
    }

    @Test
    void cancellationAsksForConfirmationBeforeCancelling() {
        world.shop.with(ShopOrders.processing("55512345", today));
        engine.customerSays(id, "c1", "cancel my order please");
        engine.customerSays(id, "c2", "#55512345");
        assertThat(lastTurn().quickReplies()).extracting(q -> q.label()).containsExactly("Yes, cancel it", "No, keep it");

        engine.customerSays(id, "c3", "Yes, cancel it");
        assertThat(lastTurn().text()).startsWith("Done: order 55512345, an Alder kettle, is cancelled.");
    }

    @Test
    void handsOverWhenFrustrationPersistsWithReasonsAndASummary() {
        world.thresholds = HandoffThresholds.defaults().withoutBuildUp();
        world.reads("this is the third time I ask", feeling(Emotion.FRUSTRATION, 0.8, -0.6))
                .reads("still nothing, this is ridiculous", feeling(Emotion.FRUSTRATION, 0.9, -0.8));
        engine.customerSays(id, "c1", "I want my money back");
        engine.customerSays(id, "c2", "this is the third time I ask");
        CustomerTurnResult r = engine.customerSays(id, "c3", "still nothing, this is ridiculous");

        assertThat(r.state()).isEqualTo(ConversationState.WAITING_FOR_AGENT);
        assertThat(r.replies()).singleElement().satisfies(t -> assertThat(t.text()).contains("connecting you with a person"));
        EngineEvent.HandoffRequested handoff = world.events(EngineEvent.HandoffRequested.class).get(0);
        assertThat(handoff.decision().explanation()).contains("frustration >= 0.75 and staying high on 2 consecutive turns (0.80, 0.90)");
        ContextSummary summary = engine.summarize(id);
        assertThat(summary.wants()).contains("a refund");
        assertThat(summary.emotionalArc()).isEqualTo("Calm at first; frustrated at turn 2.");
        assertThat(summary.suggestedFirstLine()).contains("frustrating");
    }

    @Test
    void keepsAnEmotionHistoryWithASmoothedTrendThatFallsAsTheCustomerSours() {
        world.reads("hmm, not great", Readings.of(-0.3, Map.of(Emotion.FRUSTRATION, 0.3)))
                .reads("this is getting annoying", Readings.of(-0.7, Map.of(Emotion.FRUSTRATION, 0.6)));
        engine.customerSays(id, "c1", "what delivery options do you have");
        engine.customerSays(id, "c2", "hmm, not great");
        engine.customerSays(id, "c3", "this is getting annoying");

        Conversation c = engine.find(id).orElseThrow();
        assertThat(c.emotionHistory()).extracting(r -> r.strongest()).containsExactly(Emotion.NEUTRAL,
                Emotion.FRUSTRATION, Emotion.FRUSTRATION);
        assertThat(c.sentimentTrend().slope()).isNegative();
        assertThat(c.sentimentTrend().average()).isBetween(-0.7, -0.1);
    }

    @Test
    void whileWaitingForAPersonTheBotStillAnswersARoutineQuestion() {
        world.reads("get me a human", Readings.of(-0.2, Map.of(), Cue.ASKED_FOR_PERSON))
                .means("do you take klarna", "delivery_options");
        engine.customerSays(id, "c1", "get me a human");
        CustomerTurnResult r = engine.customerSays(id, "c2", "do you take klarna");

        assertThat(r.state()).isEqualTo(ConversationState.WAITING_FOR_AGENT);
        assertThat(r.replies()).singleElement().satisfies(t -> {
            assertThat(t.author()).isEqualTo(Author.BOT);
            assertThat(t.text()).contains("standard (3-5 days)").endsWith("You keep your place in line for a person.");
        });
    }

    @Test
    void whenNobodyFromTheTeamCanAnswerTheHandoffPromisesNoPerson() {
        world.teamAway = Optional.of("No one from our team is online right now.");
        world.reads("get me a human", Readings.of(-0.2, Map.of(), Cue.ASKED_FOR_PERSON));
        CustomerTurnResult r = engine.customerSays(id, "c1", "get me a human");

        assertThat(r.state()).isEqualTo(ConversationState.WAITING_FOR_AGENT);
        assertThat(r.replies()).singleElement().satisfies(t -> assertThat(t.text())
                .doesNotContain("connecting you").contains("nobody from our team can answer right now")
                .contains("leave them a message"));
    }

    @Test
    void theBotStaysQuietWhileAPersonHasTheConversationButEveryTurnIsStillRead() {
        world.reads("get me a human", Readings.of(-0.2, Map.of(), Cue.ASKED_FOR_PERSON))
                .reads("hello? anyone?", feeling(Emotion.ANXIETY, 0.6, -0.3));
        engine.customerSays(id, "c1", "get me a human");
        CustomerTurnResult waiting = engine.customerSays(id, "c2", "hello? anyone?");
        engine.agentJoins(id, "dana", "Dana");
        CustomerTurnResult withAgent = engine.customerSays(id, "c3", "what delivery options do you have");

        assertThat(waiting.replies()).isEmpty();
        assertThat(waiting.customerTurn().reading().intensity(Emotion.ANXIETY)).isEqualTo(0.6);
        assertThat(withAgent.replies()).isEmpty();
        assertThat(withAgent.state()).isEqualTo(ConversationState.WITH_AGENT);
        assertThat(engine.find(id).orElseThrow().turns()).filteredOn(t -> t.author() == Author.SYSTEM)
                .extracting(Turn::text).containsExactly("Dana has joined the conversation.");
    }

    @Test
    void aRetriedSendIsStoredOnce() {
        CustomerTurnResult first = engine.customerSays(id, "same-id", "what delivery options do you have");
        CustomerTurnResult retry = engine.customerSays(id, "same-id", "what delivery options do you have");

        assertThat(retry.duplicate()).isTrue();
        assertThat(retry.customerTurn()).isEqualTo(first.customerTurn());
        assertThat(engine.find(id).orElseThrow().customerTurns()).hasSize(1);
    }

    @Test
    void aReusedClientIdWithAnotherTextIsRefusedAndTheFirstMessageStaysAsItWas() {
        CustomerTurnResult first = engine.customerSays(id, "same-id", "what delivery options do you have");

        assertThatThrownBy(() -> engine.customerSays(id, "same-id", "and can I pay with paypal?"))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.code()).isEqualTo("client-id-reused"));
        assertThat(engine.find(id).orElseThrow().customerTurns()).extracting(Turn::text)
                .containsExactly(first.customerTurn().text());
    }

    @Test
    void inALongConversationAnOldRetryIsStillStoredOnceAndTheHandoffSummaryCoversEveryTurn() {
        engine.customerSays(id, "first", "I want my money back");
        for (int i = 0; i < Change.RECENT_TURNS; i++) {
            engine.customerSays(id, "routine-" + i, "what delivery options do you have");
        }
        CustomerTurnResult retry = engine.customerSays(id, "first", "I want my money back");
        world.reads("this is the third time I ask", feeling(Emotion.FRUSTRATION, 0.8, -0.6))
                .reads("still nothing, this is ridiculous", feeling(Emotion.FRUSTRATION, 0.9, -0.8));
        engine.customerSays(id, "late-1", "this is the third time I ask");
        CustomerTurnResult last = engine.customerSays(id, "late-2", "still nothing, this is ridiculous");

        assertThat(retry.duplicate()).isTrue();
        assertThat(retry.customerTurn().seq()).isEqualTo(2);
        assertThat(engine.find(id).orElseThrow().customerTurns()).hasSize(Change.RECENT_TURNS + 3);
        assertThat(last.state()).isEqualTo(ConversationState.WAITING_FOR_AGENT);
        assertThat(world.events(EngineEvent.HandoffRequested.class)).isNotEmpty();
        assertThat(engine.summarize(id).wants()).as("from every turn, not the recent ones").contains("a refund");
    }

    @Test
    void aSecondAgentCannotClaimATakenConversation() {
        world.reads("agent please", Readings.of(0, Map.of(), Cue.ASKED_FOR_PERSON));
        engine.customerSays(id, "c1", "agent please");
        engine.agentJoins(id, "dana", "Dana");

        assertThatThrownBy(() -> engine.agentJoins(id, "sam", "Sam"))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.code()).isEqualTo("already-claimed"))
                .hasMessage("Dana already took this conversation.");
        assertThatThrownBy(() -> engine.agentSays(id, "sam", "a1", "hi"))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.code()).isEqualTo("not-assigned"));
    }

    @Test
    void afterTheAgentHandsBackTheBotAnswersAgain() {
        world.reads("agent please", Readings.of(0, Map.of(), Cue.ASKED_FOR_PERSON));
        engine.customerSays(id, "c1", "agent please");
        engine.agentJoins(id, "dana", "Dana");
        engine.agentSays(id, "dana", "a1", "Hi, I'm Dana. How can I help?");
        engine.handBack(id, "dana");
        CustomerTurnResult r = engine.customerSays(id, "c2", "what delivery options do you have");

        assertThat(r.replies()).singleElement().satisfies(t -> assertThat(t.author()).isEqualTo(Author.BOT));
        assertThat(r.state()).isEqualTo(ConversationState.BOT_ANSWERING);
    }

    @Test
    void aRatingWithoutACommentIsKeptAndClosesTheConversation() {
        engine.close(id, ClosedBy.CUSTOMER, null);
        engine.submitSurvey(id, 2, "  ");

        assertThat(engine.find(id).orElseThrow().snapshot().survey()).satisfies(s -> {
            assertThat(s.rating()).isEqualTo(2);
            assertThat(s.comment()).isNull();
        });
        assertThat(state()).isEqualTo(ConversationState.CLOSED);
    }

    @Test
    void aNameTheCustomerGivesIsKeptForTheSummaryAndTheirLaterTurns() {
        engine.nameCustomer(id, "Alex Moreau");
        engine.customerSays(id, "c1", "what delivery options do you have");

        assertThat(engine.snapshot(id).orElseThrow().customerName()).isEqualTo("Alex Moreau");
        assertThat(engine.summarize(id).customer()).isEqualTo("Alex Moreau");
        assertThat(engine.find(id).orElseThrow().turns()).filteredOn(t -> t.author() == Author.CUSTOMER)
                .singleElement().satisfies(t -> assertThat(t.authorName()).isEqualTo("Alex Moreau"));
    }

    @Test
    void aClosedConversationTakesNoName() {
        engine.close(id, ClosedBy.CUSTOMER, null);
        engine.submitSurvey(id, 4, null);

        assertThatThrownBy(() -> engine.nameCustomer(id, "Alex"))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.code()).isEqualTo("conversation-closed"));
        assertThat(engine.snapshot(id).orElseThrow().customerName()).isNull();
    }

    @Test
    void closingAsksForARatingAndThenRefusesNewMessages() {
        engine.close(id, ClosedBy.CUSTOMER, null);
        assertThat(state()).isEqualTo(ConversationState.SURVEY);
        engine.submitSurvey(id, 4, "quick and kind");

        assertThat(engine.find(id).orElseThrow().snapshot().survey().rating()).isEqualTo(4);
        assertThat(state()).isEqualTo(ConversationState.CLOSED);
        assertThatThrownBy(() -> engine.customerSays(id, "c9", "hello?"))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.code()).isEqualTo("conversation-closed"));
    }

    @Test
    void aRestartedEngineResumesEveryConversationInItsState() {
        engine.customerSays(id, "c1", "where is my order");
        ConversationEngine restarted = new ConversationEngine(world.store, world, () -> world, world.shop, () -> world.thresholds,
                e -> { }, ScriptedWorld.CLOCK, 0.45);

        assertThat(restarted.find(id).orElseThrow().state()).isEqualTo(ConversationState.BOT_CLARIFYING);
        restarted.customerSays(id, "c2", "A7654321");
        assertThat(restarted.find(id).orElseThrow().turns()).last().satisfies(t -> assertThat(t.text()).contains("A7654321"));
    }

    @Test
    void badInputIsRefusedClearlyAndNothingIsStored() {
        int before = engine.find(id).orElseThrow().turns().size();

        assertThatThrownBy(() -> engine.customerSays(id, "c1", "   "))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.code()).isEqualTo("empty-message"));
        assertThatThrownBy(() -> engine.customerSays(id, "c2", "x".repeat(10_000)))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.code()).isEqualTo("message-too-long"));
        assertThatThrownBy(() -> engine.customerSays(ConversationId.newId(), "c3", "hi"))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.code()).isEqualTo("unknown-conversation"));
        assertThat(engine.find(id).orElseThrow().turns()).hasSize(before);
    }

    @Test
    void anAngryCustomerGetsAnAcknowledgementAndAShortPlainAnswer() {
        world.reads("what delivery options do you have", feeling(Emotion.ANGER, 0.6, -0.7));

        Turn reply = engine.customerSays(id, "c1", "what delivery options do you have").replies().get(0);

        assertThat(reply.text()).startsWith("I'm sorry").doesNotContain("!");
        assertThat(reply.quickReplies()).extracting(q -> q.label()).contains("Talk to a person");
    }
}
