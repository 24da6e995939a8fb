package io.attune.engine.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.attune.engine.knowledge.AnswerLink.InvalidLinkException;
import io.attune.engine.knowledge.AnswerLink.Part;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerLinkTests {

    @Test
    void acceptsAnHttpsAddressAndOpensItAsAbsolute() {
        AnswerLink link = new AnswerLink(" Returns policy ", " https://help.example.com/returns?lang=en ");

        assertThat(link.label()).isEqualTo("Returns policy");
        assertThat(link.url()).isEqualTo("https://help.example.com/returns?lang=en");
        assertThat(link.absolute()).isTrue();
    }

    @Test
    void acceptsAPathOnTheShopsOwnSite() {
        AnswerLink link = new AnswerLink("Account > Orders", "/account/orders#history");

        assertThat(link.absolute()).isFalse();
    }

    @Test
    void refusesJavascriptDataAndOtherSchemesInTheAddress() {
        for (String url : List.of("javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>",
                "http://example.com/", "ftp://example.com/", "vbscript:x", "mailto:a@example.com")) {
            assertThatThrownBy(() -> new AnswerLink("Click", url)).as(url)
                    .isInstanceOfSatisfying(InvalidLinkException.class, e -> assertThat(e.part()).isEqualTo(Part.URL))
                    .hasMessageContaining("must start with https:// or with /");
        }
    }

    @Test
    void refusesAddressesThatOnlyLookSiteRelativeOrHideControlCharacters() {
        for (String url : List.of("//evil.example.com/x", "/\\evil.example.com", "java\tscript:alert(1)",
                "/account\n/orders", "https://exa mple.com", "https:///nohost", "orders", "")) {
            assertThatThrownBy(() -> new AnswerLink("Orders", url)).as(url)
                    .isInstanceOfSatisfying(InvalidLinkException.class, e -> assertThat(e.part()).isEqualTo(Part.URL));
        }
    }

    @Test
    void refusesALabelLongerThanSixtyCharactersOrEmptyOrWithControlCharacters() {
        String sixty = "x".repeat(AnswerLink.MAX_LABEL);
        assertThat(new AnswerLink(sixty, "/a").label()).hasSize(60);

        for (String label : List.of(sixty + "y", " ", "Orders\u0000", "Or\u202Eders")) {
            assertThatThrownBy(() -> new AnswerLink(label, "/account/orders")).as(label)
                    .isInstanceOfSatisfying(InvalidLinkException.class,
                            e -> assertThat(e.part()).isEqualTo(Part.LABEL));
        }
        assertThatThrownBy(() -> new AnswerLink(sixty + "y", "/a")).hasMessage("a link's label needs 1 to 60 characters");
    }

    @Test
    void anIntentCarriesAtMostThreeLinks() {
        List<AnswerLink> four = List.of(new AnswerLink("a", "/a"), new AnswerLink("b", "/b"),
                new AnswerLink("c", "/c"), new AnswerLink("d", "/d"));

        assertThatThrownBy(() -> new IntentDefinition("returns", "REFUND", List.of("returns?"), "30 days.",
                List.of(), null, null, four)).isInstanceOf(InvalidKnowledgeException.class)
                .hasMessage("intent returns may carry at most 3 links");
        assertThat(new IntentDefinition("returns", "REFUND", List.of("returns?"), "30 days.", List.of(), null, null,
                four.subList(0, 3)).links()).hasSize(3);
    }

    @Test
    void aKnowledgeBaseWithAJavascriptLinkIsRefusedWhenRead() {
        String yaml = """
                intents:
                  - name: a
                    answer: A.
                    links:
                      - label: Orders
                        url: "javascript:alert(1)"
                    examples: [a]
                  - name: b
                    answer: B.
                    examples: [b]
                """;

        assertThatThrownBy(() -> KnowledgeBase.fromYaml(yaml)).isInstanceOf(InvalidKnowledgeException.class)
                .hasMessageContaining("javascript: links are refused");
    }
}
