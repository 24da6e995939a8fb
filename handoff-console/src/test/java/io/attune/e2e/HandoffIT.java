package io.attune.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.attune.console.agent.AgentAccounts;
import io.attune.console.agent.Role;
import io.attune.e2e.AgentConsole.QueueEntry;
import io.attune.e2e.ShopWidget.Line;
import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.ConversationState;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The handoff story in two browsers (issue 4): a customer grows upset in the widget, an agent sees the
 * conversation arrive in the queue, takes it, answers, and hands it back to the bot; the customer rates it.
 */
class HandoffIT extends BrowserTest {

    private static final String AGENT = "e2e-dana";
    private static final String AGENT_NAME = "Dana Whitfield";

    @Autowired
    AgentAccounts accounts;
    @Autowired
    ConversationEngine engine;

    private HeadlessChromium customerBrowser;
    private HeadlessChromium agentBrowser;

    @BeforeAll
    void startBrowsers() {
        AgentConsole.ensureAccount(accounts, AGENT, AGENT_NAME, Role.AGENT);
        customerBrowser = newBrowser(HeadlessChromium.DESKTOP);
        agentBrowser = newBrowser(HeadlessChromium.DESKTOP);
    }

    @Test
    void handsAnUpsetCustomerToAnAgentWhoAnswersAndHandsBackToTheBot() {
        AgentConsole console = new AgentConsole(agentBrowser, baseUrl()).logIn(AGENT);
        ShopWidget widget = new ShopWidget(customerBrowser, baseUrl()).forgetConversation().openChat();

        assertThat(widget.ask("Where is my parcel? It was due on Monday.").author()).isEqualTo("bot");
        widget.say("This is ridiculous, I have waited two weeks and nobody tells me anything!!!");
        widget.say("I am absolutely furious, I want to talk to a person right now.");
        widget.waitForStatus("Connecting you to a person");
        customerBrowser.screenshot("handoff-01-customer-waiting");
        String conversationId = widget.conversationId();

        QueueEntry entry = console.waitInQueue(conversationId);
        agentBrowser.screenshot("handoff-02-agent-queue");
        assertThat(entry.customer()).isNotBlank();
        assertThat(entry.emotion()).matches("[a-z]+ \\d\\.\\d\\d");
        // The furious second message hands over already, before the customer has to ask.
        assertThat(entry.reasons()).contains("anger and frustration");
        agentBrowser.waiting().ignoring(StaleElementReferenceException.class)
                .until(d -> console.waitInQueue(conversationId).preview()
                .equals("“I am absolutely furious, I want to talk to a person right now.”"));

        console.claim(conversationId);
        assertThat(console.handoffReason()).contains("anger and frustration");
        Map<String, Long> chart = console.chartPoints();
        assertThat(chart.get("points")).as("one point per customer message").isEqualTo(3);
        assertThat(chart.get("handoffs")).as("the message that handed over is marked").isEqualTo(1);
        assertThat(console.transcript()).extracting(AgentConsole.Line::text)
                .contains("I am absolutely furious, I want to talk to a person right now.");
        agentBrowser.screenshot("handoff-03-agent-conversation");

        widget.waitForStatus(AGENT_NAME + " has joined.");
        // The customer closed the chat to look around the shop: the reply waits on the launcher, seen on opening.
        widget.closeChat();
        String apology = "I'm so sorry about the wait. I'm checking your parcel with the courier now.";
        console.reply(apology);
        customerBrowser.waiting().until(d -> widget.unreadBadge().equals("1"));
        assertThat(widget.launcherLabel()).isEqualTo("Open chat, 1 new message");
        customerBrowser.waiting().until(d -> widget.hostTitle().equals("(1) New message"));
        customerBrowser.screenshot("handoff-04a-unread-on-launcher");
        widget.reload();
        customerBrowser.waiting().until(d -> widget.unreadBadge().equals("1"));
        assertThat(widget.isOpen()).as("closed when left closed").isFalse();
        widget.openChat();
        assertThat(widget.unreadBadge()).isEmpty();
        customerBrowser.waiting().until(d -> widget.lines().stream().anyMatch(l -> l.text().equals(apology)));
        customerBrowser.waiting().until(d -> !widget.hostTitle().contains("New message"));
        Line agentLine = widget.lines().stream().filter(l -> l.text().equals(apology)).findFirst().orElseThrow();
        assertThat(agentLine.author()).isEqualTo("agent");
        assertThat(agentLine.who()).isEqualTo(AGENT_NAME);
        assertThat(agentLine.avatar()).as("who is answering, at a glance").isEqualTo("DW");
        customerBrowser.screenshot("handoff-04-customer-sees-agent");

        widget.say("Thank you, that helps.");
        console.waitForCustomerLine("Thank you, that helps.");
        console.handBack();
        widget.waitForStatus("You are talking to the assistant.");

        Line botAgain = widget.ask("What delivery options do you have?");
        assertThat(botAgain.author()).isEqualTo("bot");
        assertThat(botAgain.text()).containsIgnoringCase("deliver");
        customerBrowser.screenshot("handoff-05-bot-answers-again");

        widget.endChat();
        customerBrowser.screenshot("handoff-06-survey");
        widget.rate(5, "Dana sorted it out quickly.");
        widget.waitForStatus("Thank you");
        customerBrowser.screenshot("handoff-07-rated");

        ConversationId id = ConversationId.parse(conversationId);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            ConversationSnapshot stored = engine.find(id).orElseThrow().snapshot();
            assertThat(stored.state()).isEqualTo(ConversationState.CLOSED);
            assertThat(stored.survey().rating()).isEqualTo(5);
            assertThat(stored.survey().comment()).isEqualTo("Dana sorted it out quickly.");
            assertThat(stored.handoff()).as("the handoff is kept for analytics after the hand-back").isNotNull();
        });
    }
}
