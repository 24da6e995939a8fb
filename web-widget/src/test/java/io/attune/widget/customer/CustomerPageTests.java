package io.attune.widget.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomerPageTests {

    @Test
    void keepsThePathTitleAndLanguageTheWidgetSends() {
        assertThat(CustomerPage.of("/checkout", "Checkout", "en-GB")).isEqualTo(new CustomerPage("/checkout", "Checkout", "en-GB"));
    }

    @Test
    void cutsAnOverlongPathAndTitleToTheirCaps() {
        CustomerPage page = CustomerPage.of("/" + "a".repeat(500), "T".repeat(500), null);

        assertThat(page.path()).hasSize(CustomerPage.PATH_MAX).endsWith("…");
        assertThat(page.title()).hasSize(CustomerPage.TITLE_MAX).endsWith("…");
    }

    @Test
    void dropsControlCharactersAndLeavesOutWhatIsNoPathOrLanguage() {
        CustomerPage page = CustomerPage.of("https://evil.example/x", "Check\u0000out\n\u202E", "<script>");

        assertThat(page.path()).isNull();
        assertThat(page.title()).isEqualTo("Checkout");
        assertThat(page.language()).isNull();
        assertThat(CustomerPage.of(null, " ", "fr").isEmpty()).isFalse();
        assertThat(CustomerPage.of(null, " ", "en_GB").isEmpty()).isTrue();
    }

    @Test
    void saysWhereTheCustomerIsInTheWordsTheConsoleShows() {
        assertThat(new CustomerPage("/checkout", "Checkout", "en-GB").inWords()).isEqualTo("/checkout — Checkout · en-GB");
        assertThat(new CustomerPage(null, "Checkout", null).inWords()).isEqualTo("Checkout");
        assertThat(new CustomerPage("/checkout", null, "fr").inWords()).isEqualTo("/checkout · fr");
        assertThat(new CustomerPage(null, null, null).inWords()).isNull();
    }
}
