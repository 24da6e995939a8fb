package io.attune.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.conversation.QuickReply;
import io.attune.engine.conversation.Turn;
import io.attune.engine.emotion.SharedModels;
import io.attune.engine.event.EngineEvent;
import io.attune.engine.handoff.HandoffReason.Kind;
import io.attune.engine.handoff.HandoffThresholds;
import io.attune.engine.knowledge.KnowledgeBase;
import io.attune.engine.knowledge.KnowledgeTrainer;
import io.attune.engine.shop.InMemoryShop;
import io.attune.engine.store.InMemoryConversationStore;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Scripted transcripts through the engine with the real models (CoreNLP sentiment, the GoEmotions
 * model, the cue detector, the shop's knowledge base and its trained classifier): what a customer
 * would see, for the conversations the product exists for.
 */
class RealConversationsTests {

    private static final KnowledgeBase SHOP_BASE = KnowledgeBase.shop();
    private static final RoutineKnowledge SHOP = new KnowledgeAnswers(new KnowledgeTrainer().train(SHOP_BASE));

    private final List<EngineEvent> events = new CopyOnWriteArrayList<>();
    private final ConversationEngine engine = new ConversationEngine(new InMemoryConversationStore(),
            SharedModels.reader(), () -> SHOP, InMemoryShop.empty(), HandoffThresholds::defaults, events::add, Clock.systemUTC(), 0.45);
    private final ConversationId id = engine.open(null).id();
    private int sent;

    private CustomerTurnResult say(String text) {
        return engine.customerSays(id, "c" + (++sent), text);
    }

    private List<EngineEvent.HandoffRequested> handoffs() {
        return events.stream().filter(EngineEvent.HandoffRequested.class::isInstance)
                .map(EngineEvent.HandoffRequested.class::cast).toList();
    }

    @Test
    void politeRoutineChatIsAnsweredAndNeverHandedOver() {
        for (String text : List.of("hello", "what are your delivery options?", "how long does delivery take?",
                "can I pay with paypal?", "great, thanks a lot!")) {
            CustomerTurnResult r = say(text);
            assertThat(r.replies()).as("the bot answers \"%s\"", text).hasSize(1);
        }

        assertThat(handoffs()).isEmpty();
        assertThat(engine.find(id).orElseThrow().state()).isIn(ConversationState.BOT_ANSWERING,
                ConversationState.BOT_CLARIFYING);
    }

    @Test
    void anExplicitAskForAPersonHandsOverAtOnceWithThatReason() {
        say("where is my order?");
        CustomerTurnResult r = say("I want to talk to a real person");

        assertThat(r.state()).isEqualTo(ConversationState.WAITING_FOR_AGENT);
        assertThat(handoffs()).singleElement().satisfies(h -> assertThat(h.decision().reasons())
                .anySatisfy(reason -> assertThat(reason.kind()).isEqualTo(Kind.ASKED_FOR_PERSON)));
    }

    @Test
    void aFuriousCustomerIsHandedOverAtOnceWithAnApology() {
        CustomerTurnResult first = say("I am absolutely furious, you charged me twice!!!");

        assertThat(first.state()).isEqualTo(ConversationState.WAITING_FOR_AGENT);
        Turn reply = first.replies().get(0);
        assertThat(reply.text()).doesNotContain("!").containsIgnoringCase("sorry").contains("connecting you with a person");
        EngineEvent.HandoffRequested h = handoffs().get(0);
        assertThat(h.decision().explanation()).contains("anger and frustration high at once");
        assertThat(h.summary().emotionalArc().toLowerCase()).containsAnyOf("angry", "frustrated");
        assertThat(h.summary().suggestedFirstLine()).containsAnyOf("sorry", "frustrating");
    }

    @Test
    void aThreatToLeaveHandsOver() {
        say("my refund still hasn't arrived");
        CustomerTurnResult r = say("if this isn't fixed today I'm closing my account and going to your competitor");

        assertThat(r.state()).isEqualTo(ConversationState.WAITING_FOR_AGENT);
    }

    @Test
    void aVagueQuestionOffersTheLikelyIntentsAndTheChosenOneIsAnswered() {
        CustomerTurnResult asked = say("invoice and refund");

        Turn ask = asked.replies().get(0);
        assertThat(ask.text()).contains("Did you mean one of these?");
        assertThat(ask.quickReplies()).hasSizeBetween(2, 3);
        // not the classifier's favourite: choosing proves the click, not the guess, decides
        QuickReply chosen = ask.quickReplies().get(ask.quickReplies().size() - 1);
        String meant = SHOP_BASE.answerable().stream().filter(d -> d.choiceLabel().equals(chosen.label()))
                .findFirst().orElseThrow().name();

        CustomerTurnResult answered = say(chosen.text());

        assertThat(answered.replies().get(0).intent()).isEqualTo(meant);
        assertThat(answered.replies().get(0).text()).doesNotContain("Did you mean");
    }

    @Test
    void theBotFailingAgainAndAgainHandsOver() {
        say("blorp the zingle");
        say("frobnicate my quux");
        say("wibble wobble flim flam");
        CustomerTurnResult r = say("snorfle the grumbix");

        assertThat(r.state()).isEqualTo(ConversationState.WAITING_FOR_AGENT);
        assertThat(handoffs().get(0).decision().explanation()).contains("answers not understood");
    }

    @Test
    void badInputGetsAClearResultAndNoExceptionEscapes() {
        for (String odd : List.of("😀😀😀", "¿Dónde está mi pedido?", "\u0000\u0007binary\uFFFD\uFFFD garbage",
                "word ".repeat(399))) {
            ConversationId fresh = engine.open(null).id();
            CustomerTurnResult r = engine.customerSays(fresh, "odd", odd);
            assertThat(r.customerTurn().reading()).isNotNull();
            assertThat(r.replies()).isNotEmpty();
        }
    }
}
