package io.attune.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.console.agent.AgentAccounts;
import io.attune.console.agent.Role;
import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** Two agents in two browsers (issue 14, defect 4): a transfer reaches the other agent's console at once. */
class TransferIT extends BrowserTest {

    private static final String KIM = "e2e-transfer-kim";
    private static final String LOU = "e2e-transfer-lou";

    @Autowired
    AgentAccounts accounts;
    @Autowired
    ConversationEngine engine;

    private HeadlessChromium kimBrowser;
    private HeadlessChromium louBrowser;

    @BeforeAll
    void startBrowsers() {
        AgentConsole.ensureAccount(accounts, KIM, "Kim Transfer", Role.AGENT);
        AgentConsole.ensureAccount(accounts, LOU, "Lou Transfer", Role.AGENT);
        kimBrowser = newBrowser(HeadlessChromium.DESKTOP);
        louBrowser = newBrowser(HeadlessChromium.DESKTOP);
    }

    @Test
    void aConversationTransferredToAnAgentAppearsInTheirConsoleWithANoticeWithoutAReload() {
        AgentConsole kim = new AgentConsole(kimBrowser, baseUrl()).logIn(KIM);
        new AgentConsole(louBrowser, baseUrl()).logIn(LOU);
        ChromeDriver lou = louBrowser.driver();
        lou.executeScript("window.stillTheSamePage = true;" + NotificationsStub.SCRIPT);
        ConversationId id = engine.open("Priya Moss").id();
        engine.customerSays(id, "t1", "I'd like to talk to a person please");
        assertThat(engine.snapshot(id).orElseThrow().state()).isEqualTo(ConversationState.WAITING_FOR_AGENT);

        louBrowser.waiting().until(d -> d.findElement(By.cssSelector("[data-test='online-agents']")).getText()
                .contains("Kim Transfer"));
        assertThat(lou.findElement(By.cssSelector("[data-test='online-agents']")).getText())
                .as("names, not user names").doesNotContain(KIM);
        louBrowser.waiting().until(d -> lou.getTitle().matches("^\\(\\d+\\) Console · Attune$"));
        assertThat(lou.executeScript("return window.shown")).asList()
                .contains("New conversation waiting: Priya Moss: I'd like to talk to a person please");
        kim.waitInQueue(id.toString());
        kim.claim(id.toString());
        ChromeDriver kimDriver = kimBrowser.driver();
        assertThat(kimDriver.findElement(By.cssSelector("[data-test='state']")).getText()).isEqualTo("With Kim Transfer");
        assertThat(kimDriver.findElements(By.cssSelector("[data-test='transfer-suggested']"))).as("a calm chat: no suggestion").isEmpty();
        new Select(kimDriver.findElement(By.id("transfer-to"))).selectByValue(LOU);
        kimDriver.findElement(By.cssSelector("[data-test='transfer']")).click();
        kimBrowser.waiting().until(d -> d.getCurrentUrl().endsWith("/console"));

        WebElement link = louBrowser.waiting().until(d -> d.findElements(By.cssSelector("[data-test='my-conversation']"))
                .stream().filter(a -> a.getText().equals("Priya Moss")).findFirst().orElse(null));
        assertThat(lou.findElement(By.cssSelector("[data-test='arrived']")).getText())
                .isEqualTo("A conversation with Priya Moss is now yours.");
        assertThat(lou.executeScript("return window.shown")).asList().contains("A conversation is now yours: Priya Moss");
        assertThat(lou.executeScript("return window.stillTheSamePage === true")).as("no reload").isEqualTo(true);
        louBrowser.screenshot("transfer-01-arrived");

        link.click();
        louBrowser.waiting().until(d -> d.getCurrentUrl().endsWith("/console/conversations/" + id));
        assertThat(engine.snapshot(id).orElseThrow().agentUsername()).isEqualTo(LOU);
    }

    @Test
    void aHeavyChatSuggestsAndPreselectsTheOtherOnlineAgentWithTheLightestLoad() {
        AgentConsole kim = new AgentConsole(kimBrowser, baseUrl()).logIn(KIM);
        new AgentConsole(louBrowser, baseUrl()).logIn(LOU);
        ChromeDriver kimDriver = kimBrowser.driver();
        kimBrowser.waiting().until(d -> d.findElement(By.cssSelector("[data-test='online-agents']")).getText()
                .contains("Lou Transfer"));
        ConversationId id = engine.open("Ravi Heavy").id();
        engine.customerSays(id, "h1", "This is ridiculous, I have waited two weeks and nobody tells me anything!!!");
        engine.customerSays(id, "h2", "I am absolutely furious, I want to talk to a person right now.");
        assertThat(engine.snapshot(id).orElseThrow().state()).isEqualTo(ConversationState.WAITING_FOR_AGENT);

        kim.waitInQueue(id.toString());
        kim.claim(id.toString());

        assertThat(kimDriver.findElement(By.cssSelector("[data-test='transfer-suggested']")).getText())
                .isEqualTo("Suggested: Lou Transfer — lightest load");
        assertThat(new Select(kimDriver.findElement(By.id("transfer-to"))).getFirstSelectedOption().getAttribute("value"))
                .as("preselected").isEqualTo(LOU);
        kimBrowser.screenshot("transfer-02-suggested");
        // the agent sends the suggestion as it stands: the chat goes to the lighter agent
        kimDriver.findElement(By.cssSelector("[data-test='transfer']")).click();
        kimBrowser.waiting().until(d -> d.getCurrentUrl().endsWith("/console"));
        assertThat(engine.snapshot(id).orElseThrow().agentUsername()).isEqualTo(LOU);
    }
}
