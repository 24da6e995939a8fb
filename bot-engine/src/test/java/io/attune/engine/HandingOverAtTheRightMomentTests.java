package io.attune.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.conversation.QuickReply;
import io.attune.engine.conversation.Turn;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.emotion.SharedModels;
import io.attune.engine.event.EngineEvent;
import io.attune.engine.handoff.HandoffReason;
import io.attune.engine.handoff.HandoffReason.Kind;
import io.attune.engine.handoff.HandoffThresholds;
import io.attune.engine.knowledge.KnowledgeBase;
import io.attune.engine.knowledge.KnowledgeTrainer;
import io.attune.engine.shop.InMemoryShop;
import io.attune.engine.store.InMemoryConversationStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, through the engine as the application builds it (the shipped reader with the fitted
 * support-chat model, the shop's knowledge, the default thresholds): frustration that builds goes to a
 * person, calm chats stay with the bot however long, fury goes at once, and a customer who vents inside
 * a flow is answered as a person, not as a form field.
 */
class HandingOverAtTheRightMomentTests {

    private static final RoutineKnowledge SHOP = new KnowledgeAnswers(new KnowledgeTrainer().train(KnowledgeBase.shop()));

    private final List<EngineEvent> events = new CopyOnWriteArrayList<>();
    private final InMemoryShop orders = new InMemoryShop(Clock.systemUTC())
            .with(ShopOrders.shipped("A1234567", LocalDate.now(Clock.systemUTC())));
    private final ConversationEngine engine = new ConversationEngine(new InMemoryConversationStore(),
            SharedModels.shipped(), () -> SHOP, orders, HandoffThresholds::defaults, events::add, Clock.systemUTC(),
            ConversationEngine.DEFAULT_CLARIFY_BELOW);
    private final ConversationId id = engine.open(null).id();
    private int sent;

    private CustomerTurnResult say(String text) {
        return engine.customerSays(id, "c" + (++sent), text);
    }

    private List<EngineEvent.HandoffRequested> handoffs() {
        return events.stream().filter(EngineEvent.HandoffRequested.class::isInstance)
                .map(EngineEvent.HandoffRequested.class::cast).toList();
    }

    private static String reply(CustomerTurnResult r) {
        return r.replies().get(0).text();
    }

    private static List<String> choices(CustomerTurnResult r) {
        return r.replies().get(0).quickReplies().stream().map(QuickReply::label).toList();
    }

    @Test
    void moderatelyAnnoyedTurnsThatBuildUpHandOverNamingTheTurnsThatBuiltIt() {
        CustomerTurnResult first = say("my refund hasn't arrived");
        CustomerTurnResult second = say("it's annoying, I returned it three weeks ago and heard nothing since");

        assertThat(List.of(first, second)).extracting(CustomerTurnResult::state)
                .doesNotContain(ConversationState.WAITING_FOR_AGENT);

        // the second upset turn: neither reads enough to hand over alone (build-up + floor, 0.80 with the defaults),
        // together they build up (issue 10's reader and defaults hand over here, where the annoyance has clearly repeated)
        CustomerTurnResult third = say("that's frustrating");
        HandoffThresholds t = HandoffThresholds.defaults();

        assertThat(second.customerTurn().reading().intensity(Emotion.FRUSTRATION)).isLessThan(t.buildUp() + t.buildUpFloor());
        assertThat(third.customerTurn().reading().intensity(Emotion.FRUSTRATION)).isLessThan(t.buildUp() + t.buildUpFloor());
        assertThat(third.state()).isEqualTo(ConversationState.WAITING_FOR_AGENT);
        assertThat(reply(third)).contains("connecting you with a person");
        EngineEvent.HandoffRequested h = handoffs().get(0);
        assertThat(h.decision().reasons()).extracting(HandoffReason::kind).containsExactly(Kind.BUILDING_FRUSTRATION);
        assertThat(h.decision().explanation()).contains("built up").contains("customer turns 2, 3");
        assertThat(engine.summarize(id).handoffReason()).isEqualTo(h.decision().explanation());
    }

    @Test
    void afterAnAgentHandsBackTheAngerTheyCalmedDoesNotHandTheNextQuestionOverAgain() {
        say("This is ridiculous, I have waited two weeks and nobody tells me anything!!!");
        assertThat(say("I am absolutely furious, I want to talk to a person right now.").state())
                .isEqualTo(ConversationState.WAITING_FOR_AGENT);
        engine.agentJoins(id, "dana", "Dana");
        engine.agentSays(id, "dana", "a-1", "I'm so sorry about the wait. Your parcel arrives tomorrow.");
        say("Thank you, that helps.");
        engine.handBack(id, "dana");

        CustomerTurnResult next = say("What delivery options do you have?");

        assertThat(next.state()).as("%s", handoffs().stream().map(h -> h.decision().explanation()).toList())
                .isEqualTo(ConversationState.BOT_ANSWERING);
        assertThat(reply(next)).containsIgnoringCase("deliver");
        assertThat(handoffs()).hasSize(1);
    }

    @Test
    void aLongCalmRoutineChatIsNeverHandedOver() {
        for (String question : List.of("what delivery options do you have", "how long does standard delivery take",
                "can I pay with paypal", "do you ship to ireland", "where can I download an invoice",
                "what is your returns policy", "can I change my delivery address", "how much is express delivery",
                "can I return a sale item", "how long do refunds take", "do you deliver on saturdays",
                "what delivery options do you have for ireland", "can I pay by bank transfer",
                "how do I return an item", "thanks, that's all")) {
            CustomerTurnResult r = say(question);
            assertThat(r.state()).as("after \"%s\"", question).isNotEqualTo(ConversationState.WAITING_FOR_AGENT);
            assertThat(choices(r)).as("after \"%s\"", question).doesNotContain("Talk to a person");
        }

        assertThat(handoffs()).isEmpty();
    }

    @Test
    void honestFuryAtBeingIgnoredHandsOverOnTheFirstTurn() {
        CustomerTurnResult r = say("I am honestly furious. Nobody answers my emails and you just keep repeating yourself");

        assertThat(r.customerTurn().reading().intensity(Emotion.ANGER)).isGreaterThanOrEqualTo(0.7);
        assertThat(r.state()).isEqualTo(ConversationState.WAITING_FOR_AGENT);
        assertThat(reply(r)).startsWith("I'm sorry about this.").contains("connecting you with a person");
        assertThat(handoffs()).singleElement().satisfies(h -> assertThat(h.decision().reasons())
                .extracting(HandoffReason::kind).contains(Kind.BUILDING_FRUSTRATION));
    }

    // The browser sentences of issue 10 (read as neutral 0.52, sadness 0.51 and joy 0.70 before), through the engine

    @Test
    void paidForExpressAndWaitingTwoWeeksReadsUpset() {
        EmotionReading r = say("This is ridiculous. I paid extra for express delivery and I've been waiting two weeks!")
                .customerTurn().reading();

        assertThat(Math.max(r.intensity(Emotion.ANGER), r.intensity(Emotion.FRUSTRATION))).isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void sickOfThisAndUselessReadsAngerOrFrustrationNotSadness() {
        EmotionReading r = say("I am sick of this. You are useless and I want my money back").customerTurn().reading();

        assertThat(r.strongest()).isIn(Emotion.ANGER, Emotion.FRUSTRATION);
        assertThat(r.intensity(Emotion.SADNESS)).isLessThan(0.2);
    }

    @Test
    void aCoatThatHasNotArrivedIsNoJoy() {
        EmotionReading r = say("Hi, I ordered a winter coat two weeks ago and it still hasn't arrived").customerTurn().reading();

        assertThat(r.intensity(Emotion.JOY)).isLessThan(0.2);
        assertThat(r.strongest()).isNotEqualTo(Emotion.JOY);
    }

    @Test
    void anAngryMessageInsideTheOrderStatusFlowIsAcknowledgedAndOffersAChoice() {
        say("where is my order");

        CustomerTurnResult vented = say("this is annoying, I already gave it to you twice");

        assertThat(vented.state()).isNotEqualTo(ConversationState.WAITING_FOR_AGENT);
        assertThat(reply(vented)).doesNotContain("order number").containsAnyOf("sorry", "frustrating")
                .contains("try again").contains("person");
        assertThat(choices(vented)).containsExactly("Try again", "Talk to a person");

        Turn tryAgain = vented.replies().get(0).quickReplies().stream()
                .filter(q -> q.label().equals("Try again")).findFirst()
                .map(q -> say(q.text()).replies().get(0)).orElseThrow();
        assertThat(tryAgain.text()).contains("What's your order number?");

        assertThat(reply(say("it's A1234567"))).contains("Order A1234567");
        assertThat(handoffs()).isEmpty();
    }
}
