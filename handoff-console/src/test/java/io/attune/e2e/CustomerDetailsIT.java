package io.attune.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.console.agent.AgentAccounts;
import io.attune.console.agent.Role;
import io.attune.e2e.AgentConsole.QueueEntry;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who the customer is (issue 14): asking for a person, the customer may give a name and an email; the agent
 * sees the name in the queue and both in the conversation, as text even when the name looks like HTML, with the
 * page the customer chats from and their browser's language.
 */
class CustomerDetailsIT extends BrowserTest {

    private static final String AGENT = "e2e-rowan";
    private static final String ADMIN = "e2e-morgan";

    @Autowired
    AgentAccounts accounts;

    private HeadlessChromium customerBrowser;
    private HeadlessChromium agentBrowser;

    @BeforeAll
    void startAgentsBrowser() {
        AgentConsole.ensureAccount(accounts, AGENT, "Rowan Hale", Role.AGENT);
        agentBrowser = newBrowser(HeadlessChromium.DESKTOP);
    }

    /** Each test is a new visitor in a browser of their own: nothing of another test's chat is kept. */
    @BeforeEach
    void startCustomersBrowser() {
        customerBrowser = newBrowser(HeadlessChromium.DESKTOP);
    }

    @Test
    void aCustomerWhoGivesANameAndEmailWhenAskingForAPersonIsKnownToTheAgent() {
        AgentConsole console = new AgentConsole(agentBrowser, baseUrl()).logIn(AGENT);
        ShopWidget widget = new ShopWidget(customerBrowser, baseUrl()).forgetConversation().openChat();

        widget.say("I want to talk to a person");
        widget.waitForDetailsForm();
        customerBrowser.screenshot("details-01-customer-form");
        assertThat(Axe.violations(customerBrowser.driver(), "widget asking who the customer is")).isEmpty();
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
        // Where they chat from: the demo shop's path and title, and the customer's browser language.
        String language = (String) customerBrowser.driver().executeScript("return navigator.language");
        assertThat(language).isNotBlank();
        assertThat(console.customerFrom())
                .isEqualTo("/ — Northwind Outfitters: demo shop with the Attune chat · " + language);
        assertThat(agentBrowser.driver().findElements(By.cssSelector("[data-test='customer'] b"))).isEmpty();
        agentBrowser.screenshot("details-03-agent-conversation");
    }

    @Test
    void detailsGivenAfterThePersonJoinedShowOnTheirConversationPageWithoutAReload() {
        AgentConsole console = new AgentConsole(agentBrowser, baseUrl()).logIn(AGENT);
        ShopWidget widget = new ShopWidget(customerBrowser, baseUrl()).forgetConversation().openChat();
        widget.say("I want to talk to a person");
        widget.waitForDetailsForm();
        String conversationId = widget.conversationId();
        console.waitInQueue(conversationId);
        console.claim(conversationId);
        assertThat(console.customerLine()).isEqualTo("Anonymous customer");

        widget.waitForStatus("Rowan Hale has joined");
        assertThat(widget.detailsFormShown())
                .as("the form the customer may be typing in stays when the person joins").isTrue();
        customerBrowser.screenshot("details-09-customer-form-with-a-person");
        assertThat(Axe.violations(customerBrowser.driver(), "widget with a person and the details form")).isEmpty();
        // Mid-chat: a word first (the agent's page is live once it shows it), then who they are.
        widget.say("Hello, are you there?");
        console.waitForCustomerLine("Hello, are you there?");
        widget.giveDetails("Jo <i>Quinn</i>", "jo.quinn@example.com");
        customerBrowser.waiting().until(d -> !widget.detailsFormShown());

        agentBrowser.waiting().until(d -> console.customerLine().equals("Jo <i>Quinn</i> · jo.quinn@example.com"));
        assertThat(agentBrowser.driver().findElement(By.cssSelector("#summary-title > span")).getText())
                .isEqualTo("Jo <i>Quinn</i>");
        assertThat(agentBrowser.driver().findElement(By.cssSelector(
                "[data-test='conversation-tab'][aria-current='page'] > span")).getText()).isEqualTo("Jo <i>Quinn</i>");
        assertThat(agentBrowser.driver().getTitle()).isEqualTo("Jo <i>Quinn</i> · Attune");
        assertThat(agentBrowser.driver().findElement(By.cssSelector("[data-test='customer-email']"))
                .getAttribute("href")).isEqualTo("mailto:jo.quinn@example.com");
        assertThat(agentBrowser.driver().findElements(By.cssSelector("main i")))
                .as("the name is shown as text, never as markup").isEmpty();
        agentBrowser.screenshot("details-08-agent-live-details");
        assertThat(Axe.violations(agentBrowser.driver(), "conversation page after the customer gave details live")).isEmpty();
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
        assertThat(Axe.violations(customerBrowser.driver(), "widget refusing an email")).isEmpty();

        widget.element(By.id("details-skip")).click();
        customerBrowser.waiting().until(d -> !widget.detailsFormShown());
        widget.reload();
        widget.openChat();
        assertThat(widget.detailsFormShown()).as("asked once per conversation").isFalse();
    }

    @Test
    void aReturningCustomersEarlierConversationIsListedBesideTheSummary() {
        AgentConsole.ensureAccount(accounts, ADMIN, "Morgan Reyes", Role.ADMIN);
        AgentConsole console = new AgentConsole(agentBrowser, baseUrl()).logIn(AGENT);
        ShopWidget widget = new ShopWidget(customerBrowser, baseUrl()).forgetConversation().openChat();
        widget.ask("What delivery options do you have?");
        String first = widget.conversationId();
        widget.endChat();
        widget.rate(4, "");
        widget.waitForStatus("Thank you");

        // The same browser starts again: a new conversation, the same customer.
        widget.element(By.id("restart")).click();
        customerBrowser.waiting().until(d -> !first.equals(widget.conversationId()));
        widget.say("I want to talk to a person");
        widget.waitForStatus("Connecting you to a person");
        String second = widget.conversationId();

        console.waitInQueue(second);
        console.claim(second);
        List<String> earlier = console.earlierConversations();
        assertThat(earlier).hasSize(1);
        assertThat(earlier.get(0)).endsWith(": Closed, answered by the bot · rated 4/5");
        assertThat(agentBrowser.driver().findElements(By.cssSelector("[data-test='earlier-conversation'] a")))
                .as("an agent may not open a closed conversation they never held").isEmpty();
        agentBrowser.screenshot("details-06-agent-earlier-conversations");

        new AgentConsole(agentBrowser, baseUrl()).logIn(ADMIN).open(second);
        assertThat(agentBrowser.driver().findElement(By.cssSelector("[data-test='earlier-conversation'] a"))
                .getAttribute("href")).isEqualTo(baseUrl() + "/admin/conversations/" + first);
        agentBrowser.screenshot("details-07-admin-earlier-conversations");
        assertThat(Axe.violations(agentBrowser.driver(), "conversation with the customer's details and earlier chats")).isEmpty();

        // A new visitor in another browser is someone else: nothing earlier.
        HeadlessChromium stranger = newBrowser(HeadlessChromium.DESKTOP);
        ShopWidget other = new ShopWidget(stranger, baseUrl()).forgetConversation().openChat();
        other.say("I want to talk to a person");
        other.waitForStatus("Connecting you to a person");
        new AgentConsole(agentBrowser, baseUrl()).open(other.conversationId());
        assertThat(agentBrowser.driver().findElement(By.cssSelector("[data-test='earlier']")).getText())
                .isEqualTo("none from this browser");
    }
}
