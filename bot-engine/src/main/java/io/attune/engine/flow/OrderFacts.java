package io.attune.engine.flow;

import io.attune.engine.shop.Order;
import io.attune.engine.shop.OrderItem;
import io.attune.engine.shop.OrderStatus;
import io.attune.engine.shop.Refund;
import io.attune.engine.shop.Tracking;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the shop's records say about an order, in plain sentences, with dates relative to today. Says only
 * what the record holds: no tracking date is made up when the carrier has not given one.
 */
final class OrderFacts {

    private final LocalDate today;

    OrderFacts(LocalDate today) {
        this.today = today;
    }

    /** "Order B7730012, a Fellside rain jacket, left our warehouse on Monday; the tracking says it arrives tomorrow." */
    String status(Order order) {
        String subject = "Order " + order.number() + ", " + items(order.items()) + ",";
        String day = Days.relative(order.statusSince(), today);
        return switch (order.status()) {
            case PROCESSING -> subject + " was placed " + Days.relative(order.placedOn(), today)
                    + " and hasn't left our warehouse yet. You'll get the tracking by email as soon as it ships.";
            case SHIPPED -> subject + " left our warehouse " + day + " with " + carrier(order.tracking())
                    + "; " + expected(order.tracking()) + ".";
            case DELIVERED -> subject + " was delivered " + day
                    + (order.tracking() == null ? "" : " by " + carrier(order.tracking())) + ". If it isn't there, "
                    + "it's worth checking with neighbours or your safe place; if it's still missing, a person "
                    + "from our team can open a claim with the carrier.";
            case CANCELLED -> subject + " was cancelled " + day + "." + refunds(order).map(r -> " " + r).orElse("");
        };
    }

    /** Why a shipped order can't be cancelled any more: "it left our warehouse on Monday". */
    String tooLate(Order order) {
        String day = day(order.statusSince());
        return order.status() == OrderStatus.DELIVERED ? "it was delivered " + day : "it left our warehouse " + day;
    }

    String day(LocalDate day) {
        return Days.relative(day, today);
    }

    /** The latest refund on the order, in a sentence; empty when it has none. */
    Optional<String> refunds(Order order) {
        if (order.refunds().isEmpty()) {
            return Optional.empty();
        }
        Refund r = order.refunds().get(order.refunds().size() - 1);
        String day = Days.relative(r.updatedOn(), today);
        return Optional.of(switch (r.status()) {
            case IN_PROGRESS -> "A refund of " + r.amount() + " was started " + day + " and goes back to your "
                    + "original payment method within 5 working days.";
            case PAID -> "A refund of " + r.amount() + " was paid back to your original payment method " + day
                    + "; banks can take 3 to 5 working days to show it.";
        });
    }

    /** "a Fellside rain jacket", "a Fellside rain jacket and 2 × Trail socks", "a tent and 3 more items". */
    static String items(List<OrderItem> items) {
        String first = item(items.get(0));
        return switch (items.size()) {
            case 1 -> first;
            case 2 -> first + " and " + item(items.get(1));
            default -> first + " and " + (items.size() - 1) + " more items";
        };
    }

    private static String item(OrderItem item) {
        if (item.quantity() > 1) {
            return item.quantity() + " × " + item.name();
        }
        String name = item.name();
        if (name.endsWith("s") && !name.endsWith("ss")) {
            return name; // boots, socks: no article before a plural
        }
        return ("aeiou".indexOf(name.toLowerCase(Locale.ROOT).charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    private static String carrier(Tracking tracking) {
        return tracking.carrier() + (tracking.trackingNumber() == null ? ""
                : " (tracking number " + tracking.trackingNumber() + ")");
    }

    private String expected(Tracking tracking) {
        LocalDate expected = tracking.expectedDelivery();
        if (expected == null) {
            return "the carrier hasn't given a delivery date yet";
        }
        if (expected.isBefore(today)) {
            return "the tracking expected it " + Days.relative(expected, today) + ", so it's running late. If it "
                    + "hasn't arrived by tomorrow, a person from our team can chase the carrier";
        }
        return "the tracking says it arrives " + Days.relative(expected, today);
    }
}
