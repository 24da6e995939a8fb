package io.attune.shop;

import io.attune.engine.shop.Cancellation;
import io.attune.engine.shop.Money;
import io.attune.engine.shop.Order;
import io.attune.engine.shop.OrderItem;
import io.attune.engine.shop.OrderLookup;
import io.attune.engine.shop.OrderStatus;
import io.attune.engine.shop.PasswordReset;
import io.attune.engine.shop.Refund;
import io.attune.engine.shop.Shop;
import io.attune.engine.shop.Tracking;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo shop's orders and password-reset requests, in Attune's own database (tables of migration V155). A cancellation follows the
 * model's rule ({@link Cancellation#of}) on the order row locked for the change, so two cancellations at once
 * refund it once.
 */
final class DemoShop implements Shop {

    private static final Logger log = LoggerFactory.getLogger(DemoShop.class);
    private static final String ORDER = "SELECT order_number, status, total_amount, currency, placed_on, status_since, "
            + "carrier, tracking_number, expected_delivery FROM demo_shop_orders WHERE order_number = :number";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoShop(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public OrderLookup order(String number) {
        try {
            return find(number, ORDER).map(OrderLookup::found).orElseGet(OrderLookup::unknown);
        } catch (DataAccessException e) {
            log.warn("Could not read demo order {}", number, e);
            return OrderLookup.unavailable();
        }
    }

    @Override
    public Cancellation cancel(String number) {
        try {
            return transactions.execute(status -> find(number, ORDER + " FOR UPDATE")
                    .map(before -> store(Cancellation.of(before, LocalDate.now(clock))))
                    .orElseGet(Cancellation::unknownOrder));
        } catch (DataAccessException e) {
            log.warn("Could not cancel demo order {}", number, e);
            return Cancellation.unavailable();
        }
    }

    /** The demo sends no email: it records the request, so the bot's "our system is emailing" is what happened. */
    @Override
    public PasswordReset requestPasswordReset(String email) {
        try {
            jdbc.sql("INSERT INTO demo_shop_password_resets (email, requested_at) VALUES (:email, :at)")
                    .param("email", email).param("at", OffsetDateTime.now(clock)).update();
            return PasswordReset.REQUESTED;
        } catch (DataAccessException e) {
            log.warn("Could not record a demo password reset", e);
            return PasswordReset.UNAVAILABLE;
        }
    }

    private Cancellation store(Cancellation result) {
        if (result.outcome() != Cancellation.Outcome.CANCELLED) {
            return result;
        }
        Order cancelled = result.order();
        jdbc.sql("UPDATE demo_shop_orders SET status = :status, status_since = :since, carrier = NULL, "
                        + "tracking_number = NULL, expected_delivery = NULL WHERE order_number = :number")
                .param("status", cancelled.status().name()).param("since", cancelled.statusSince())
                .param("number", cancelled.number()).update();
        List<Refund> refunds = cancelled.refunds();
        Refund refund = refunds.get(refunds.size() - 1);
        jdbc.sql("INSERT INTO demo_shop_refunds (order_number, line_no, amount, currency, status, updated_on) "
                        + "VALUES (:number, :line, :amount, :currency, :status, :on)")
                .param("number", cancelled.number()).param("line", refunds.size())
                .param("amount", refund.amount().amount()).param("currency", refund.amount().currency().getCurrencyCode())
                .param("status", refund.status().name()).param("on", refund.updatedOn()).update();
        return result;
    }

    private Optional<Order> find(String number, String sql) {
        return jdbc.sql(sql).param("number", number).query((rs, row) -> OrderRow.of(rs)).optional()
                .map(this::withLines);
    }

    private Order withLines(OrderRow row) {
        List<OrderItem> items = jdbc.sql("SELECT name, quantity FROM demo_shop_order_items WHERE order_number = :number "
                        + "ORDER BY line_no").param("number", row.number())
                .query((r, i) -> new OrderItem(r.getString("name"), r.getInt("quantity"))).list();
        List<Refund> refunds = jdbc.sql("SELECT amount, currency, status, updated_on FROM demo_shop_refunds "
                        + "WHERE order_number = :number ORDER BY line_no").param("number", row.number())
                .query((r, i) -> new Refund(money(r.getBigDecimal("amount"), r.getString("currency")),
                        Refund.Status.valueOf(r.getString("status")), r.getObject("updated_on", LocalDate.class)))
                .list();
        return new Order(row.number(), row.status(), items, row.total(), row.placedOn(), row.statusSince(),
                row.tracking(), refunds);
    }

    /** One row of demo_shop_orders, before its items and refunds are read. */
    private record OrderRow(String number, OrderStatus status, Money total, LocalDate placedOn, LocalDate statusSince,
                            Tracking tracking) {

        static OrderRow of(ResultSet rs) throws SQLException {
            String carrier = rs.getString("carrier");
            Tracking tracking = carrier == null ? null : new Tracking(carrier, rs.getString("tracking_number"),
                    rs.getObject("expected_delivery", LocalDate.class));
            return new OrderRow(rs.getString("order_number"), OrderStatus.valueOf(rs.getString("status")),
                    money(rs.getBigDecimal("total_amount"), rs.getString("currency")),
                    rs.getObject("placed_on", LocalDate.class), rs.getObject("status_since", LocalDate.class), tracking);
        }
    }

    private static Money money(BigDecimal amount, String currency) {
        return new Money(amount, Currency.getInstance(currency.trim()));
    }
}
