package io.attune.widget.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CustomerDetailsTests {

    @Test
    void bothPartsAreOptionalAndBlankOnesAreLeftOut() {
        assertThat(CustomerDetails.checked("  ", null).isEmpty()).isTrue();
        assertThat(CustomerDetails.checked(" Alex Moreau ", "")).isEqualTo(new CustomerDetails("Alex Moreau", null));
    }

    @Test
    void aNameOfEightyCharactersIsKeptAndOneLongerIsRefusedClearly() {
        assertThat(CustomerDetails.checked("a".repeat(80), null).name()).hasSize(80);
        assertThatThrownBy(() -> CustomerDetails.checked("a".repeat(81), null))
                .isInstanceOf(InvalidCustomerDetails.class).hasMessage("Keep your name under 80 characters.");
    }

    @Test
    void aNameWithControlCharactersIsRefusedWithoutEchoingIt() {
        for (String bad : new String[] {"Alex\nMoreau", "Alex\u0000", "Alex\u202Eredro", "tab\tname"}) {
            assertThatThrownBy(() -> CustomerDetails.checked(bad, null))
                    .isInstanceOfSatisfying(InvalidCustomerDetails.class, e -> {
                        assertThat(e.field()).isEqualTo("name");
                        assertThat(e.getMessage()).doesNotContain("Alex");
                    });
        }
    }

    @Test
    void namesInAnyScriptAndWithPunctuationAreKept() {
        assertThat(CustomerDetails.checked("Zoë O'Brien-Łukasz 山田", null).name()).isEqualTo("Zoë O'Brien-Łukasz 山田");
        assertThat(CustomerDetails.checked("<b>Bold</b>", null).name()).isEqualTo("<b>Bold</b>"); // shown as text
    }

    @Test
    void aPlausibleEmailIsKeptAndAnImplausibleOneRefused() {
        assertThat(CustomerDetails.checked(null, "alex.moreau+shop@example.co.uk").email())
                .isEqualTo("alex.moreau+shop@example.co.uk");
        for (String bad : new String[] {"alex", "alex@", "@example.com", "alex@example", "a b@example.com",
                "alex@@example.com", "<script>@x.com", "alex@example.com\r\nBcc: x@y.z"}) {
            assertThatThrownBy(() -> CustomerDetails.checked(null, bad))
                    .as(bad).isInstanceOf(InvalidCustomerDetails.class).hasMessage("That email address does not look right.");
        }
    }

    @Test
    void anEmailLongerThan254CharactersIsRefused() {
        String local = "a".repeat(64);
        String longest = local + "@" + "b".repeat(185) + ".com";
        assertThat(longest).hasSize(254);
        assertThat(CustomerDetails.checked(null, longest).email()).isEqualTo(longest);
        assertThatThrownBy(() -> CustomerDetails.checked(null, "x" + longest))
                .isInstanceOf(InvalidCustomerDetails.class).hasMessage("That email address is too long.");
    }
}
