package io.attune.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.console.agent.AgentAccounts;
import io.attune.console.agent.Role;
import io.attune.e2e.ShopWidget.Line;
import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.ConversationState;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The admin's what-if in a real browser (issue 4): raising the emotion thresholds shows fewer handoffs on the
 * stored conversations, and once saved the next conversation is no longer handed over for the same messages.
 */
class AdminWhatIfIT extends BrowserTest {

    private static final String ADMIN = "e2e-admin";
    /** Said twice in a row, this hands over on anger under the default thresholds (0.70 on two turns). */
    private static final String FURIOUS = "I am absolutely furious, you charged me twice!!!";
    private static final int SEEDED_ANGRY = 3;

    @Autowired
    AgentAccounts accounts;
    @Autowired
    ConversationEngine engine;

    private HeadlessChromium adminBrowser;
    private HeadlessChromium customerBrowser;
    private String angerBefore;
    private String frustrationBefore;
    private String buildUpBefore;

    @BeforeAll
    void startBrowsers() {
        AgentConsole.ensureAccount(accounts, ADMIN, "Ada Admin", Role.ADMIN);
        adminBrowser = newBrowser(HeadlessChromium.DESKTOP);
        customerBrowser = newBrowser(HeadlessChromium.DESKTOP);
    }

    /** The other browser tests share this application: they expect the default thresholds. */
    @AfterAll
    void restoreThresholds() {
        if (angerBefore != null) {
            new ThresholdsPage(adminBrowser, baseUrl()).open().type("anger", angerBefore)
                    .type("frustration", frustrationBefore).type("buildUp", buildUpBefore).save();
        }
    }

    @Test
    void raisingTheAngerThresholdsShowsFewerHandoffsAndAppliesToTheNextConversation() {
        for (int i = 1; i <= SEEDED_ANGRY; i++) {
            assertThat(storeConversation("Angry seed " + i, FURIOUS, FURIOUS))
                    .as("handed over under the thresholds in force").isEqualTo(ConversationState.WAITING_FOR_AGENT);
        }
        assertThat(storeConversation("Calm seed", "Where is my order?", "Thanks, that was really helpful"))
                .isEqualTo(ConversationState.BOT_ANSWERING);

        new AgentConsole(adminBrowser, baseUrl()).logIn(ADMIN);
        ThresholdsPage page = new ThresholdsPage(adminBrowser, baseUrl()).open();
        angerBefore = page.value("anger");
        frustrationBefore = page.value("frustration");
        buildUpBefore = page.value("buildUp");
        assertThat(angerBefore).isEqualTo("0.70");

        // Anger and frustration hand over turn by turn and, added up, by their build-up: raise all three.
        page.type("anger", "1.00").type("frustration", "1.00").type("buildUp", "5.00").runWhatIf();
        adminBrowser.screenshot("admin-01-what-if");
        Object curvePoints = adminBrowser.driver().executeScript(
                "return Chart.getChart('what-if-curve').data.datasets[0].data.length");
        assertThat(curvePoints).as("the trade-off curve, one point per build-up level").isEqualTo(11L);
        int now = Integer.parseInt(page.figure("currentHandoffs"));
        int then = Integer.parseInt(page.figure("candidateHandoffs"));
        assertThat(now - then).as("handoffs now %d, with the raised thresholds %d", now, then)
                .isGreaterThanOrEqualTo(SEEDED_ANGRY);
        assertThat(page.figure("extra")).contains((now - then) + " fewer handoffs");

        assertThat(page.save()).isEqualTo("Saved. The new thresholds are in force.");
        assertThat(page.value("anger")).isEqualTo("1.00");
        assertThat(page.latestChange()).contains(ADMIN).contains("Anger").contains("1.00");
        adminBrowser.screenshot("admin-02-saved");

        ShopWidget widget = new ShopWidget(customerBrowser, baseUrl()).forgetConversation().openChat();
        Line first = widget.ask(FURIOUS);
        Line second = widget.ask(FURIOUS);
        customerBrowser.screenshot("admin-03-next-conversation-stays-with-bot");

        assertThat(List.of(first.author(), second.author())).containsOnly("bot");
        assertThat(widget.status()).isEqualTo("You are talking to the assistant.");
        ConversationSnapshot next = engine.find(ConversationId.parse(widget.conversationId())).orElseThrow().snapshot();
        assertThat(next.handoff()).as("the next conversation was never handed over").isNull();
        assertThat(next.state()).isIn(ConversationState.BOT_ANSWERING, ConversationState.BOT_CLARIFYING);
    }

    /** A conversation stored the way the widget stores one, through the engine; answers its state. */
    private ConversationState storeConversation(String customer, String... messages) {
        ConversationId id = engine.open(customer).id();
        ConversationState state = null;
        for (int i = 0; i < messages.length; i++) {
            state = engine.customerSays(id, customer + "-" + i, messages[i]).state();
        }
        return state;
    }
}
