package io.attune.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

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
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pause before sending (issue 13) in a real browser, with the real emotion reader: a curt draft to a
 * furious customer gets a quiet note above the reply box, Dismiss hides it, and Send still works.
 */
class DraftNoteIT extends BrowserTest {

    private static final String AGENT = "e2e-noor";
    private static final String AGENT_NAME = "Noor Haddad";
    private static final By NOTE = By.cssSelector("[data-test='draft-note']");
    private static final String CURT = "Calm down, as I already said that's our policy";

    @Autowired
    AgentAccounts accounts;
    @Autowired
    ConversationEngine engine;

    private HeadlessChromium agentBrowser;
    private AgentConsole console;

    @BeforeAll
    void startBrowser() {
        AgentConsole.ensureAccount(accounts, AGENT, AGENT_NAME, Role.AGENT);
        agentBrowser = newBrowser(HeadlessChromium.DESKTOP);
    }

    @Test
    void aCurtDraftToAFuriousCustomerShowsAQuietNoteThatDismissHidesAndSendingStillWorks() {
        ConversationId id = furiousCustomerWith(AGENT, AGENT_NAME);
        AgentConsole console = loggedIn().open(id.toString());
        ChromeDriver driver = agentBrowser.driver();
        WebElement box = agentBrowser.waiting().until(visibilityOfElementLocated(By.cssSelector("[data-test='reply-box']")));

        box.sendKeys(CURT);
        WebElement note = agentBrowser.waiting().until(visibilityOfElementLocated(NOTE));
        assertThat(note.findElement(By.cssSelector("[data-test='draft-note-reasons']")).getText())
                .contains("Sounds curt or dismissive.");
        assertThat(note.findElement(By.cssSelector("[data-test='draft-note-suggestion']")).getText())
                .startsWith("I'm sorry").doesNotContainIgnoringCase("calm down");
        assertThat(driver.findElement(By.cssSelector("[data-test='send']")).isEnabled()).as("sending is never blocked").isTrue();
        driver.executeScript("arguments[0].scrollIntoView({block: 'end'})", box);
        agentBrowser.screenshot("draft-note-01-curt-draft");

        driver.findElement(By.cssSelector("[data-test='draft-note-dismiss']")).click();
        agentBrowser.waiting().until(invisibilityOfElementLocated(NOTE));
        assertThat(box.getDomProperty("value")).as("dismissing leaves the draft alone").isEqualTo(CURT);
        agentBrowser.screenshot("draft-note-02-dismissed");

        driver.findElement(By.cssSelector("[data-test='send']")).click();
        agentBrowser.waiting().until(d -> console.transcript().stream()
                .anyMatch(l -> "AGENT".equals(l.author()) && l.text().equals(CURT)));
    }

    @Test
    void useSuggestionPutsTheRewordingInTheBoxWithTheTimeLeftToFillIn() {
        ConversationId id = furiousCustomerWith(AGENT, AGENT_NAME);
        loggedIn().open(id.toString());
        ChromeDriver driver = agentBrowser.driver();
        WebElement box = agentBrowser.waiting().until(visibilityOfElementLocated(By.cssSelector("[data-test='reply-box']")));

        box.sendKeys("We'll look into it.");
        WebElement note = agentBrowser.waiting().until(visibilityOfElementLocated(NOTE));
        String suggestion = note.findElement(By.cssSelector("[data-test='draft-note-suggestion']")).getText();
        driver.findElement(By.cssSelector("[data-test='draft-note-use']")).click();

        agentBrowser.waiting().until(invisibilityOfElementLocated(NOTE));
        assertThat(box.getDomProperty("value")).isEqualTo(suggestion).contains("[time]");
        driver.executeScript("arguments[0].scrollIntoView({block: 'end'})", box);
        agentBrowser.screenshot("draft-note-03-suggestion-used");
    }

    /** The agent logs in once; the class's tests share the browser. */
    private AgentConsole loggedIn() {
        if (console == null) {
            console = new AgentConsole(agentBrowser, baseUrl()).logIn(AGENT);
        }
        return console;
    }

    private ConversationId furiousCustomerWith(String agent, String agentName) {
        ConversationId id = engine.open("Robin").id();
        engine.customerSays(id, "c1", "Where is my parcel? It was due on Monday.");
        engine.customerSays(id, "c2", "I am absolutely furious, I want to talk to a person right now!!");
        assertThat(engine.find(id).orElseThrow().state()).isEqualTo(ConversationState.WAITING_FOR_AGENT);
        engine.agentJoins(id, agent, agentName);
        return id;
    }
}
