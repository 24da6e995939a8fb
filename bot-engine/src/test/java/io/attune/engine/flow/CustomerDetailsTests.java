package io.attune.engine.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerDetailsTests {

    @Test
    void remembersTheLatestOrderNumberEmailAndItemTheCustomerGave() {
        CustomerDetails details = CustomerDetails.from(List.of(
                "The blender I got arrived with a cracked jug", "it was order A1234567",
                "sorry, I meant B7730012, my email is dana@example.com", "ok thanks"));

        assertThat(details.values()).containsOnly(
                java.util.Map.entry("order number", "B7730012"), java.util.Map.entry("email", "dana@example.com"),
                java.util.Map.entry("item", "blender"));
        assertThat(details.orderNumber()).contains("B7730012");
    }

    @Test
    void findsTheItemWithAWordOrTwoInFrontOfIt() {
        assertThat(Details.item("my new rain jacket leaks")).contains("rain jacket");
        assertThat(Details.item("my jacket zip broke after one week")).contains("jacket");
        assertThat(Details.item("where is my parcel?")).isEmpty();
    }
}
