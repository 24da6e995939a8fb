package io.attune.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.console.agent.AgentAccounts;
import io.attune.console.agent.Role;
import io.attune.e2e.AgentConsole.QueueEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who the customer is (issue 14): asking for a person, the customer may give a name and an email; the agent
 * sees the name in the queue and both in the conversation, as text even when the name looks like HTML.
 */
class CustomerDetailsIT extends BrowserTest {

    private static final String AGENT = "e2e-rowan";

    @Autowired
    AgentAccounts accounts;

    private HeadlessChromium customerBrowser;
    private HeadlessChromium agentBrowser;

    @BeforeAll
    void startBrowsers() {
        AgentConsole.ensureAccount(accounts, AGENT, "Rowan Hale", Role.AGENT);
        customerBrowser = newBrowser(HeadlessChromium.DESKTOP);
        agentBrowser = newBrowser(HeadlessChromium.DESKTOP);
    }

    @Test
    void aCustomerWhoGivesANameAndEmailWhenAskingForAPersonIsKnownToTheAgent() {
        AgentConsole console = new AgentConsole(agentBrowser, baseUrl()).logIn(AGENT);
        ShopWidget widget = new ShopWidget(customerBrowser, baseUrl()).forgetConversation().openChat();

        widget.say("I want to talk to a person");
        widget.waitForDetailsForm();
        customerBrowser.screenshot("details-01-customer-form");
        widget.giveDetails("Alex <b>Moreau</b>", "alex.moreau@example.com");
        customerBrowser.waiting().until(d -> !widget.detailsFormShown());
        assertThat(widget.error()).isEmpty();
        String conversationId = widget.conversationId();

        agentBrowser.waiting().until(d -> console.waitInQueue(conversationId).customer().equals("Alex <b>Moreau</b>"));
        assertThat(agentBrowser.driver().findElements(By.cssSelector("[data-test='queue-item'] b")))
                .as("the name is shown as text, never as markup").isEmpty();
        agentBrowser.screenshot("details-02-agent-queue");

        console.claim(conversationId);
        assertThat(console.customerLine()).isEqualTo("Alex <b>Moreau</b> · alex.moreau@example.com");
        assertThat(agentBrowser.driver().findElements(By.cssSelector("[data-test='customer'] b"))).isEmpty();
        agentBrowser.screenshot("details-03-agent-conversation");
    }

    @Test
    void anImplausibleEmailIsRefusedInTheWidgetAndSkippingLeavesTheCustomerAnonymous() {
        new AgentConsole(agentBrowser, baseUrl()).logIn(AGENT);
        ShopWidget widget = new ShopWidget(customerBrowser, baseUrl()).forgetConversation().openChat();

        widget.say("I want to talk to a person");
        customerBrowser.screenshot("details-04-customer-asks-again");
        widget.waitForStatus("Connecting you to a person");
        widget.giveDetails("Sam", "sam at example");
        customerBrowser.waiting().until(d -> widget.error().equals("That email address does not look right."));
        assertThat(widget.detailsFormShown()).as("the customer may correct it").isTrue();
        customerBrowser.screenshot("details-05-customer-refused");

        widget.element(By.id("details-skip")).click();
        customerBrowser.waiting().until(d -> !widget.detailsFormShown());
        widget.reload();
        widget.openChat();
        assertThat(widget.detailsFormShown()).as("asked once per conversation").isFalse();
    }
}
