package io.attune.shop;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.attune.engine.shop.Money;
import io.attune.engine.shop.Order;
import io.attune.engine.shop.OrderItem;
import io.attune.engine.shop.OrderStatus;
import io.attune.engine.shop.Refund;
import io.attune.engine.shop.Tracking;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * An order as a shop's API sends it (docs/shop-api.md). Unknown fields are ignored, so a shop may send more;
 * a missing required field makes {@link #toOrder()} throw, and the bot says the shop can't be reached rather
 * than guess.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ShopApiOrder(String number, OrderStatus status, LocalDate placedOn, LocalDate statusSince,
                    List<Item> items, Amount total, Shipment tracking, List<Payback> refunds) {

    record Item(String name, Integer quantity) {
    }

    record Amount(BigDecimal amount, String currency) {

        Money toMoney() {
            return new Money(amount, Currency.getInstance(currency));
        }
    }

    record Shipment(String carrier, String trackingNumber, LocalDate expectedDelivery) {
    }

    record Payback(Amount amount, Refund.Status status, LocalDate updatedOn) {
    }

    Order toOrder() {
        return new Order(number, status,
                items.stream().map(i -> new OrderItem(i.name(), i.quantity() == null ? 1 : i.quantity())).toList(),
                total.toMoney(), placedOn, statusSince == null ? placedOn : statusSince,
                tracking == null ? null : new Tracking(tracking.carrier(), tracking.trackingNumber(),
                        tracking.expectedDelivery()),
                refunds == null ? List.of() : refunds.stream()
                        .map(r -> new Refund(r.amount().toMoney(), r.status(), r.updatedOn())).toList());
    }
}
