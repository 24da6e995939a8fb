package io.attune.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.engine.conversation.Conversation;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.conversation.Turn;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.event.EngineEvent;
import io.attune.engine.handoff.HandoffThresholds;
import io.attune.engine.shop.OrderStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, grounded answers: through the engine, the order flows answer with what the shop's records say
 * (today is Wednesday 2 December 2026), say so when a number is unknown or the shop can't be reached, report
 * what a cancellation actually did, and use an order number the customer gave earlier instead of asking again.
 */
class GroundedAnswersTests {

    private static final LocalDate TODAY = LocalDate.now(ScriptedWorld.CLOCK);

    private final ScriptedWorld world = new ScriptedWorld()
            .means("where is my order", "track_order")
            .means("where is my order D1000003", "track_order")
            .means("the tracking says delivered but there is NOTHING here", "track_order")
            .means("cancel my order please", "cancel_order")
            .means("where is my refund", "track_refund")
            .means("I forgot my password", "recover_password");
    private final ConversationEngine engine = world.engine();
    private final ConversationId id = engine.open(null).id();

    GroundedAnswersTests() {
        world.shop.with(ShopOrders.processing("P1000001", TODAY))
                .with(ShopOrders.shipped("B7730012", TODAY))
                .with(ShopOrders.delivered("D1000003", TODAY))
                .with(ShopOrders.cancelledAndRefunded("C1000004", TODAY));
    }

    private Turn say(String text) {
        engine.customerSays(id, null, text);
        Conversation c = engine.find(id).orElseThrow();
        return c.turns().get(c.turns().size() - 1);
    }

    private Turn lastTurn() {
        Conversation c = engine.find(id).orElseThrow();
        return c.turns().get(c.turns().size() - 1);
    }

    private Turn lastCustomerTurn() {
        Conversation c = engine.find(id).orElseThrow();
        return c.customerTurns().get(c.customerTurns().size() - 1);
    }

    private ConversationState state() {
        return engine.find(id).orElseThrow().state();
    }

    @Test
    void answersAKnownOrderWithTheShopsFactsAndDatesRelativeToToday() {
        say("where is my order");

        Turn reply = say("it's B7730012");

        assertThat(reply.text()).isEqualTo("Order B7730012, a Fellside rain jacket, left our warehouse on Monday with "
                + "DPD (tracking number 0153 7730 0120); the tracking says it arrives tomorrow.");
        assertThat(state()).isEqualTo(ConversationState.BOT_ANSWERING);
    }

    @Test
    void saysAnUnknownNumberIsUnknownAndLetsTheCustomerTryAnotherOrAskForAPerson() {
        say("where is my order");

        Turn unknown = say("it's Z9999999");

        assertThat(unknown.text()).startsWith("I can't find an order Z9999999 in our system.")
                .doesNotContain("is in our system");
        assertThat(unknown.quickReplies()).extracting(q -> q.label()).containsExactly("Talk to a person");
        assertThat(lastCustomerTurn().intent()).as("a wrong number is no misunderstanding").isEqualTo("track_order");
        assertThat(state()).isEqualTo(ConversationState.BOT_CLARIFYING);

        assertThat(say("sorry, B7730012").text()).startsWith("Order B7730012, a Fellside rain jacket,");
    }

    @Test
    void cancelsAnOrderTheShopCanStillCancelAndReportsWhatTheShopDid() {
        say("cancel my order please");
        Turn confirm = say("P1000001");
        assertThat(confirm.text()).isEqualTo("Just to be sure: cancel order P1000001, an Alder kettle placed "
                + "yesterday? This can't be undone.");
        assertThat(world.shop.order("P1000001").order().status()).isEqualTo(OrderStatus.PROCESSING);

        Turn done = say("Yes, cancel it");

        assertThat(done.text()).isEqualTo("Done: order P1000001, an Alder kettle, is cancelled. A refund of €39.00 "
                + "was started today and goes back to your original payment method within 5 working days.");
        assertThat(world.shop.order("P1000001").order().status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void refusesToCancelAShippedOrderWithoutAskingToConfirmAndCancelsNothing() {
        say("cancel my order please");

        Turn refused = say("B7730012");

        assertThat(refused.text()).startsWith("I can't cancel order B7730012 any more: it left our warehouse on "
                + "Monday. Once it's with you, you can return it within 30 days");
        assertThat(refused.quickReplies()).isEmpty();
        assertThat(world.shop.order("B7730012").order().status()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void reportsTheShopsRefusalWhenTheOrderShippedWhileTheCustomerConfirmed() {
        say("cancel my order please");
        say("P1000001");
        world.shop.with(ShopOrders.shipped("P1000001", TODAY));

        Turn refused = say("Yes, cancel it");

        assertThat(refused.text()).startsWith("I can't cancel order P1000001 any more: it left our warehouse on Monday.")
                .doesNotContain("Done");
    }

    @Test
    void asksTheShopToCancelOnceEvenWhenTheReplyIsWordedAgainToOfferAPerson() {
        world.thresholds = HandoffThresholds.defaults().withoutBuildUp();
        world.reads("Yes, cancel it", Readings.feeling(Emotion.FRUSTRATION, 0.65, -0.3));
        say("cancel my order please");
        say("P1000001");

        Turn done = say("Yes, cancel it");

        assertThat(done.text()).contains("Done: order P1000001, an Alder kettle, is cancelled.")
                .contains("talk to a person");
    }

    @Test
    void saysHonestlyWhenTheShopCannotBeReachedAndOffersAPerson() {
        world.shop.goDown();
        say("where is my order");

        Turn down = say("B7730012");

        assertThat(down.text()).startsWith("I'm sorry, I can't reach our order system right now, so I can't look up "
                + "order B7730012.");
        assertThat(down.quickReplies()).extracting(q -> q.label()).containsExactly("Talk to a person");
        assertThat(state()).isEqualTo(ConversationState.BOT_ANSWERING);
        assertThat(world.events(EngineEvent.HandoffRequested.class)).isEmpty();
    }

    @Test
    void neverClaimsACancellationTheShopDidNotConfirm() {
        say("cancel my order please");
        say("P1000001");
        world.shop.goDown();

        Turn unconfirmed = say("Yes, cancel it");

        assertThat(unconfirmed.text()).startsWith("I'm sorry, I couldn't get an answer from our order system, so I "
                + "can't confirm that order P1000001 is cancelled.").doesNotContain("Done");
        assertThat(unconfirmed.quickReplies()).extracting(q -> q.label()).containsExactly("Talk to a person");
    }

    @Test
    void usesTheOrderNumberGivenEarlierInsteadOfAskingForItAgain() {
        say("my order number is D1000003");

        Turn reply = say("the tracking says delivered but there is NOTHING here");

        assertThat(reply.text()).doesNotContain("What's your order number")
                .startsWith("Order D1000003, Hobart hiking boots, was delivered yesterday by DPD")
                .contains("a person from our team can open a claim with the carrier")
                .endsWith("(That's the order number you gave earlier: send me another one if you meant a different "
                        + "order.)");
        assertThat(reply.quickReplies()).extracting(q -> q.label()).containsExactly("Talk to a person");
    }

    @Test
    void answersARefundQuestionWithTheRefundTheShopPaid() {
        say("where is my refund");

        Turn reply = say("C1000004");

        assertThat(reply.text()).isEqualTo("For order C1000004, 2 × Trail socks: a refund of €24.00 was paid back "
                + "to your original payment method yesterday; banks can take 3 to 5 working days to show it.");
    }

    @Test
    void asksTheShopToEmailAResetLinkAndSaysOnlyWhatTheShopDid() {
        say("I forgot my password");

        Turn reply = say("it's dana@example.com");

        assertThat(reply.text()).isEqualTo("Done: our system is emailing a reset link to d***@example.com, if an "
                + "account uses that address. If it hasn't arrived in 5 minutes, please check your spam folder.");
        assertThat(world.shop.passwordResets()).containsExactly("dana@example.com");
    }

    @Test
    void saysNoResetLinkWentWhenTheShopCannotBeReached() {
        world.shop.goDown();

        Turn reply = say("I forgot my password");
        say("dana@example.com");

        assertThat(lastTurn().text()).startsWith("I'm sorry, I can't reach our account system right now, so no reset "
                + "link has gone to d***@example.com from here.").doesNotContain("Done");
        assertThat(lastTurn().quickReplies()).extracting(q -> q.label()).containsExactly("Talk to a person");
        assertThat(reply.text()).contains("What's the email address on your account?");
    }

    @Test
    void usesTheEmailAddressGivenEarlierInsteadOfAskingForItAgain() {
        say("my email is dana@example.com");

        Turn reply = say("I forgot my password");

        assertThat(reply.text()).startsWith("Done: our system is emailing a reset link to d***@example.com")
                .endsWith("(That's the email address you gave earlier: send me another one if your account uses a "
                        + "different one.)");
        assertThat(world.shop.passwordResets()).containsExactly("dana@example.com");
    }

    @Test
    void theAgentsSummaryListsTheDetailsTheCustomerGave() {
        say("my jacket zip broke after a week");
        say("the order is B7730012 and my email is dana@example.com");

        assertThat(engine.summarize(id).details()).containsEntry("order number", "B7730012")
                .containsEntry("email", "dana@example.com").containsEntry("item", "jacket");
    }
}
