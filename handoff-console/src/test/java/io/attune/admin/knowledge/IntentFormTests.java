package io.attune.admin.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.engine.knowledge.IntentDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntentFormTests {

    @Test
    void anIntentSavedFromTheFormKeepsTheTitleCustomersAreOffered() {
        IntentDefinition refund = new IntentDefinition("refund_damaged", "REFUND", List.of("it arrived broken"),
                "Sorry! Send us a photo and we refund you.", List.of(), null, "Refund for a damaged item");

        IntentDefinition saved = IntentForm.of(refund, 7).toDefinition();

        assertThat(saved.title()).isEqualTo("Refund for a damaged item");
        assertThat(saved).isEqualTo(refund);
    }

    @Test
    void aBlankTitleMeansNone() {
        IntentForm form = new IntentForm("gift_card", "", "We sell gift cards.", "", null, "a voucher", "  ", 1L);

        assertThat(form.toDefinition().title()).isNull();
    }
}
