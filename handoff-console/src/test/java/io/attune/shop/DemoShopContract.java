package io.attune.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.engine.shop.Cancellation;
import io.attune.engine.shop.OrderLookup;
import io.attune.engine.shop.OrderStatus;
import io.attune.engine.shop.PasswordReset;
import io.attune.engine.shop.Refund;
import io.attune.engine.shop.Tracking;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the demo shop must do on every database, over the orders migration V155 seeds (dated relative to the
 * day the database was made: today, as each run makes its own). Each test's changes are rolled back.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
abstract class DemoShopContract {

    private final Clock clock = Clock.systemDefaultZone();
    private final LocalDate today = LocalDate.now(clock);

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private TransactionTemplate transactions;

    private DemoShop shop() {
        return new DemoShop(jdbc, transactions, clock);
    }

    @Test
    void readsASeededOrderWithItsItemsTrackingAndDates() {
        OrderLookup lookup = shop().order("B7730012");

        assertThat(lookup.outcome()).isEqualTo(OrderLookup.Outcome.FOUND);
        assertThat(lookup.order().status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(lookup.order().items()).extracting(i -> i.name()).containsExactly("Fellside rain jacket");
        assertThat(lookup.order().total()).hasToString("€89.00");
        assertThat(lookup.order().statusSince()).isEqualTo(today.minusDays(2));
        assertThat(lookup.order().tracking()).isEqualTo(new Tracking("DPD", "0153 7730 0120", today.plusDays(1)));
        assertThat(shop().order("C1000004").order().refunds()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(Refund.Status.PAID));
    }

    @Test
    void saysAnUnknownNumberIsUnknown() {
        assertThat(shop().order("Z9999999").outcome()).isEqualTo(OrderLookup.Outcome.UNKNOWN);
        assertThat(shop().cancel("Z9999999").outcome()).isEqualTo(Cancellation.Outcome.UNKNOWN_ORDER);
    }

    @Test
    void cancelsAProcessingOrderOnceAndRefundsItsTotal() {
        Cancellation cancelled = shop().cancel("P1000001");

        assertThat(cancelled.outcome()).isEqualTo(Cancellation.Outcome.CANCELLED);
        OrderLookup stored = shop().order("P1000001");
        assertThat(stored.order().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(stored.order().statusSince()).isEqualTo(today);
        assertThat(stored.order().refunds()).singleElement().satisfies(r -> {
            assertThat(r.amount()).hasToString("€39.00");
            assertThat(r.status()).isEqualTo(Refund.Status.IN_PROGRESS);
        });
        assertThat(shop().cancel("P1000001").outcome()).isEqualTo(Cancellation.Outcome.ALREADY_CANCELLED);
        assertThat(shop().order("P1000001").order().refunds()).hasSize(1);
    }

    @Test
    void refusesToCancelAShippedOrderAndChangesNothing() {
        assertThat(shop().cancel("B7730012").outcome()).isEqualTo(Cancellation.Outcome.ALREADY_SHIPPED);
        assertThat(shop().order("B7730012").order().status()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void recordsAPasswordResetRequestAndSendsNothing() {
        assertThat(shop().requestPasswordReset("dana@example.com")).isEqualTo(PasswordReset.REQUESTED);

        assertThat(jdbc.sql("SELECT email FROM demo_shop_password_resets").query(String.class).list())
                .containsExactly("dana@example.com");
    }

    @Test
    void theBotAnswersFromTheDemoOrdersAndCancelsInTheDatabase() {
        ShopChat chat = new ShopChat(shop(), clock);

        assertThat(chat.say("track order B7730012").text()).startsWith("Order B7730012, a Fellside rain jacket, left "
                + "our warehouse ").endsWith("the tracking says it arrives tomorrow.");
        assertThat(chat.say("cancel order P1000001").text()).startsWith("Just to be sure: cancel order P1000001, an "
                + "Alder kettle placed yesterday?");
        assertThat(chat.say("Yes, cancel it").text()).startsWith("Done: order P1000001, an Alder kettle, is "
                + "cancelled. A refund of €39.00 was started today");
        assertThat(shop().order("P1000001").order().status()).isEqualTo(OrderStatus.CANCELLED);
    }
}
