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
import io.attune.engine.summary.ContextSummary;
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
        ContextSummary summary = engine.summarize(id);
        assertThat(summary.emotionalArc().toLowerCase()).containsAnyOf("angry", "frustrated");
        assertThat(summary.suggestedFirstLine()).containsAnyOf("sorry", "frustrating");
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

    @Test
    void twoQuestionsInOneMessageAreBothAnswered() {
        CustomerTurnResult r = say("I need to change my address and how long do refunds take");

        assertThat(r.replies()).extracting(Turn::text).containsExactly(
                "You can change the delivery address under Account > Addresses. For an order that's already placed, "
                        + "the new address applies only if it hasn't shipped yet.",
                "And to your other question: You can return most items within 30 days for a full refund. Once the "
                        + "return reaches us, the money is back on your original payment method within 5 working days.");
        assertThat(r.replies()).extracting(Turn::intent).containsExactly("change_shipping_address", "check_refund_policy");
    }

    @Test
    void aSecondQuestionAfterOneThatNeedsAnOrderNumberIsOfferedToSendWhenReady() {
        CustomerTurnResult r = say("where is my parcel? also can I pay with klarna");

        Turn reply = r.replies().get(0);
        assertThat(r.replies()).hasSize(1);
        assertThat(reply.text()).containsIgnoringCase("order number");
        QuickReply also = reply.quickReplies().get(reply.quickReplies().size() - 1);
        assertThat(also.label()).isEqualTo("You also asked: Can I pay with klarna");

        CustomerTurnResult answered = say(also.text());
        assertThat(answered.replies().get(0).text()).startsWith("We accept Visa, Mastercard");
    }

    @Test
    void typedInLowerCaseWithoutPunctuationBothAreStillAnswered() {
        CustomerTurnResult r = say("wher can i download my invoice also how do i add a second adress");

        assertThat(r.replies()).extracting(Turn::intent).containsExactly("get_invoice", "set_up_shipping_address");
        assertThat(r.replies().get(1).text()).startsWith("And to your other question: ");
    }

    @Test
    void aSingleQuestionGetsOneAnswerAsBefore() {
        for (String text : List.of("can I pay with paypal and apple pay?",
                "The blender I got arrived with a cracked jug. I'd like my money back please",
                "I moved last week, can I get my package sent to my new flat instead?")) {
            CustomerTurnResult r = say(text);

            assertThat(r.replies()).as(text).singleElement().satisfies(t -> {
                assertThat(t.text()).doesNotContain("other question");
                assertThat(t.quickReplies()).noneSatisfy(q -> assertThat(q.label()).startsWith("You also asked"));
            });
        }
    }
}
