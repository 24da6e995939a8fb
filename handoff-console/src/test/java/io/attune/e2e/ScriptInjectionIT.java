package io.attune.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.console.agent.AgentAccounts;
import io.attune.console.agent.Role;
import io.attune.e2e.ShopWidget.Line;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Markup a customer types is shown as the text they typed, in the widget and in the agent's console,
 * both in the page the server renders and in messages pushed live; no script of theirs ever runs.
 */
class ScriptInjectionIT extends BrowserTest {

    private static final String AGENT = "e2e-sam";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMAGE = "<img src=x onerror=alert(2)> where is my order?";

    @Autowired
    AgentAccounts accounts;

    private HeadlessChromium customerBrowser;
    private HeadlessChromium agentBrowser;

    @BeforeAll
    void startBrowsers() {
        AgentConsole.ensureAccount(accounts, AGENT, "Sam Okafor", Role.AGENT);
        customerBrowser = newBrowser(HeadlessChromium.DESKTOP);
        agentBrowser = newBrowser(HeadlessChromium.DESKTOP);
    }

    @Test
    void showsACustomersMarkupAsTextInTheWidgetAndTheConsole() {
        AgentConsole console = new AgentConsole(agentBrowser, baseUrl()).logIn(AGENT);
        ShopWidget widget = new ShopWidget(customerBrowser, baseUrl()).forgetConversation().openChat();

        widget.say(SCRIPT);
        widget.say("I want to talk to a person");
        widget.waitForStatus("Connecting you to a person");
        String conversationId = widget.conversationId();
        console.waitInQueue(conversationId);
        console.claim(conversationId);
        // The first line came with the page the server rendered; this one arrives live over STOMP.
        widget.say(IMAGE);
        console.waitForCustomerLine(IMAGE);
        agentBrowser.screenshot("security-01-console-shows-markup-as-text");
        customerBrowser.screenshot("security-02-widget-shows-markup-as-text");

        assertThat(console.transcript()).extracting(AgentConsole.Line::text).contains(SCRIPT, IMAGE);
        assertThat(widget.lines()).extracting(Line::text).contains(SCRIPT, IMAGE);
        assertThat(agentBrowser.showsAlert()).as("an alert in the agent's console").isFalse();
        assertThat(customerBrowser.showsAlert()).as("an alert in the customer's widget").isFalse();
        assertThat(agentBrowser.driver().findElements(By.cssSelector("#transcript img")))
                .as("an image element made from the customer's text, in the console").isEmpty();
        assertThat(widget.element(By.id("messages")).findElements(By.tagName("img")))
                .as("an image element made from the customer's text, in the widget").isEmpty();
    }
}
