package io.attune.engine.shop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/** An amount in a currency, as the shop records it. */
public record Money(BigDecimal amount, Currency currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    /** "€89.00", "£12.50", "$5.00"; a currency without a symbol in English reads "CHF 20.00". */
    @Override
    public String toString() {
        String symbol = currency.getSymbol(Locale.UK);
        String plain = amount.toPlainString();
        return symbol.length() == 1 ? symbol + plain : currency.getCurrencyCode() + " " + plain;
    }
}
