package io.attune.engine.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.attune.engine.intent.IntentPrediction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTests {

    private final KnowledgeBase shop = KnowledgeBase.shop();

    @Test
    void seedsTheShopWithTheBitextIntentsSmallTalkAndOurAnswers() {
        assertThat(shop.answerable().stream().filter(i -> !i.category().equals("SMALL_TALK"))).hasSize(27)
                .allSatisfy(i -> assertThat(i.examples()).hasSizeGreaterThanOrEqualTo(40));
        assertThat(shop.intent("greeting")).isPresent();
        assertThat(shop.intent("thanks")).isPresent();
        assertThat(shop.intent(IntentPrediction.OUT_OF_SCOPE)).isPresent();
        assertThat(shop.intents()).allSatisfy(i -> assertThat(i.answer()).doesNotContain("{{").doesNotContain("TODO"));
        assertThat(shop.intent("contact_human_agent").orElseThrow().category()).isEqualTo("CONTACT");
    }

    @Test
    void runsTheFourFlowsForTheirIntents() {
        assertThat(shop.intent("track_order").orElseThrow().flow()).isEqualTo("order-status");
        assertThat(shop.intent("recover_password").orElseThrow().flow()).isEqualTo("password-reset");
        assertThat(shop.intent("cancel_order").orElseThrow().flow()).isEqualTo("cancellation");
        assertThat(shop.intent("track_refund").orElseThrow().flow()).isEqualTo("refund-status");
        assertThat(shop.intents().stream().filter(i -> i.flow() != null)).hasSize(4);
    }

    @Test
    void roundTripsThroughYaml(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("kb.yml");
        shop.save(file);

        assertThat(KnowledgeBase.load(file)).isEqualTo(shop);
        assertThat(Files.readString(file)).contains("name: track_order").contains("flow: order-status");
    }

    @Test
    void refusesMalformedYamlWithAClearReason() {
        assertThatThrownBy(() -> KnowledgeBase.fromYaml("intents: [ {name: x"))
                .isInstanceOf(InvalidKnowledgeException.class).hasMessageContaining("not a valid knowledge base");
        assertThatThrownBy(() -> KnowledgeBase.fromYaml(""))
                .isInstanceOf(InvalidKnowledgeException.class);
    }

    @Test
    void refusesBrokenRulesWithTheIntentNamed() {
        assertThatThrownBy(() -> new IntentDefinition("gift_wrap", "ORDER", List.of(), "We wrap.", null, null))
                .isInstanceOf(InvalidKnowledgeException.class).hasMessageContaining("gift_wrap")
                .hasMessageContaining("example");
        assertThatThrownBy(() -> new IntentDefinition("gift_wrap", "ORDER", List.of("wrap it"), "We wrap.", null,
                "teleport")).hasMessageContaining("unknown flow");
        assertThatThrownBy(() -> new IntentDefinition("Gift Wrap!", "ORDER", List.of("wrap it"), "We wrap.", null,
                null)).hasMessageContaining("intent name");
        IntentDefinition wrap = new IntentDefinition("gift_wrap", "ORDER", List.of("wrap it"), "We wrap.", null, null);
        assertThatThrownBy(() -> new KnowledgeBase("shop", List.of(wrap, wrap, shop.intents().get(0))))
                .hasMessageContaining("defined twice");
    }

    @Test
    void keepsScriptInAnswersAsPlainTextWithoutChangingIt() {
        IntentDefinition odd = new IntentDefinition("odd", null, List.of("  odd one ", "odd one", ""),
                "<script>alert(1)</script>", List.of(" ", "Where is my order?"), null);
        KnowledgeBase base = new KnowledgeBase(null, List.of(odd, shop.intents().get(0)));

        KnowledgeBase back = KnowledgeBase.fromYaml(base.toYaml());

        assertThat(back.intent("odd").orElseThrow().answer()).isEqualTo("<script>alert(1)</script>");
        assertThat(back.intent("odd").orElseThrow().examples()).containsExactly("odd one");
        assertThat(back.intent("odd").orElseThrow().quickReplies()).containsExactly("Where is my order?");
        assertThat(back.intent("odd").orElseThrow().category()).isEqualTo("OTHER");
    }
}
