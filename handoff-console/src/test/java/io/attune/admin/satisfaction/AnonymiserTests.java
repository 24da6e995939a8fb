package io.attune.admin.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the case-study export masks, and what it leaves. */
class AnonymiserTests {

    private final Anonymiser anonymiser = new Anonymiser(Arrays.asList("Priya Shah", "Sam Agent", null));

    @Test
    void masksEmailsPhoneAndOrderNumbers() {
        assertThat(anonymiser.mask("mail me at priya_s+shop@example.co.uk or ring 07700 900123, order B7730012"))
                .isEqualTo("mail me at [email] or ring [number], order [order number]");
        assertThat(anonymiser.mask("call +44 (0)20 7946-0958 about ORD-123456"))
                .isEqualTo("call [number] about [order number]");
    }

    @Test
    void masksTheKnownNamesWholeAndInPartsInAnyCase() {
        assertThat(anonymiser.mask("Thanks Sam, PRIYA here again, Ms Shah to you"))
                .isEqualTo("Thanks [name], [name] here again, Ms [name] to you");
    }

    @Test
    void masksANameTheCustomerGives() {
        assertThat(anonymiser.mask("hi my name is Jordan Lee and im Furious")).isEqualTo("hi my name is [name] and im [name]");
        assertThat(anonymiser.mask("this is Alex from flat 3")).isEqualTo("this is [name] from flat 3");
    }

    @Test
    void leavesShortNumbersAndOrdinaryWords() {
        assertThat(anonymiser.mask("2 boots, size 42, waited 3 days")).isEqualTo("2 boots, size 42, waited 3 days");
        assertThat(new Anonymiser(List.of()).mask("i am upset")).isEqualTo("i am upset");
    }
}
