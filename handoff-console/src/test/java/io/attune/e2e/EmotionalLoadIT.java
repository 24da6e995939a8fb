package io.attune.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import io.attune.console.agent.AgentAccounts;
import io.attune.console.agent.Role;
import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.conversation.Turn;
import io.attune.engine.conversation.ClosedBy;
import io.attune.engine.load.ChatIntensity;
import io.attune.widget.store.WaitingLine;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13, "emotional load, shared fairly": two agents in two browsers and an admin in a third. A heavy waiting
 * chat is marked in words and suggested to the agent with the lighter load; a hostile close brings a dismissable
 * pause panel, a calm close does not; the supervisor sees the loads change live; a private reflection is read
 * by its author only.
 */
class EmotionalLoadIT extends BrowserTest {

    private static final String ANA = "e2e-load-ana";
    private static final String SAM = "e2e-load-sam";
    private static final String BOSS = "e2e-load-boss";
    private static final String FURIOUS = "I am absolutely furious, I want to talk to a person right now!!";
    private static final String HOSTILE = "This is a disgrace, you are useless and I am furious with you!!";
    private static final String CALM = "I'd like to talk to a person please";
    private static final String REFLECTION = "He was shouting at me; I kept to the facts and it helped.";

    @Autowired
    AgentAccounts accounts;
    @Autowired
    ConversationEngine engine;
    @Autowired
    WaitingLine waitingLine;

    private HeadlessChromium anaBrowser;
    private HeadlessChromium samBrowser;
    private HeadlessChromium bossBrowser;

    @BeforeAll
    void startBrowsers() {
        AgentConsole.ensureAccount(accounts, ANA, "Ana Weary", Role.AGENT);
        AgentConsole.ensureAccount(accounts, SAM, "Sam Lightfoot", Role.AGENT);
        AgentConsole.ensureAccount(accounts, BOSS, "Bea Supervisor", Role.ADMIN);
        // The browser tests share one database: chats other classes left waiting would take suggestions first.
        waitingLine.waiting().forEach(id -> engine.close(id, ClosedBy.INACTIVITY, "cleared by EmotionalLoadIT"));
        anaBrowser = newBrowser(HeadlessChromium.DESKTOP);
        samBrowser = newBrowser(HeadlessChromium.DESKTOP);
        bossBrowser = newBrowser(HeadlessChromium.DESKTOP);
    }

    @Test
    void heavyChatsAreSpreadAHostileCloseSuggestsAPauseAndTheSupervisorSeesItLive() {
        AgentConsole ana = new AgentConsole(anaBrowser, baseUrl()).logIn(ANA);
        AgentConsole sam = new AgentConsole(samBrowser, baseUrl()).logIn(SAM);
        samBrowser.waiting().until(d -> d.findElement(By.cssSelector("[data-test='online-agents']")).getText()
                .contains("Ana Weary"));

        // Ana already holds a furious customer, who turns on her.
        ConversationId anasChat = waitingWith("Morgan Hale", FURIOUS);
        engine.agentJoins(anasChat, ANA, "Ana Weary");
        engine.customerSays(anasChat, "h1", HOSTILE);
        assertThat(peak(anasChat).hostility()).as("premise: the reader finds this hostile").isGreaterThanOrEqualTo(0.7);

        ConversationId heavy = waitingWith("Jordan Reyes", FURIOUS);
        ConversationId calm = waitingWith("Casey Calm", CALM);
        assertThat(peak(heavy).upset()).as("premise: heavy").isGreaterThanOrEqualTo(0.7);
        assertThat(peak(calm).upset()).as("premise: light").isLessThan(0.7);

        // Both agents see the heavy chat marked in words, suggested to Sam, whose load is lighter.
        for (HeadlessChromium browser : List.of(samBrowser, anaBrowser)) {
            WebElement entry = browser.waiting().until(visibilityOfElementLocated(entry(heavy)));
            browser.waiting().until(d -> entry.findElement(By.cssSelector("[data-test='queue-suggested']")).isDisplayed());
            assertThat(entry.findElement(By.cssSelector("[data-test='queue-heavy']")).getText()).isEqualTo("Heavy chat");
            assertThat(entry.findElement(By.cssSelector("[data-test='queue-suggested']")).getText())
                    .isEqualTo("Suggested: Sam Lightfoot — lightest load");
            WebElement light = browser.driver().findElement(entry(calm));
            assertThat(light.findElement(By.cssSelector("[data-test='queue-heavy']")).isDisplayed()).isFalse();
            assertThat(light.findElement(By.cssSelector("[data-test='queue-suggested']")).isDisplayed()).isFalse();
        }
        samBrowser.screenshot("load-01-heavy-badge-and-suggestion");

        // Ana closes her hostile chat: the console suggests a pause and the calm chat next; dismissing hides it.
        ana.open(anasChat.toString());
        anaBrowser.driver().findElement(By.cssSelector("[data-test='close']")).click();
        WebElement panel = anaBrowser.waiting().until(visibilityOfElementLocated(By.cssSelector("[data-test='pause-panel']")));
        assertThat(panel.findElement(By.cssSelector("[data-test='pause-minutes']")).getText()).isEqualTo("5-minute");
        assertThat(panel.findElement(By.cssSelector("[data-test='pause-lighter']")).getText()).isEqualTo("Casey Calm");
        assertThat(anaBrowser.driver().findElements(By.cssSelector("[data-test='claim']"))).as("nothing is blocked")
                .allMatch(WebElement::isEnabled);
        anaBrowser.screenshot("load-02-pause-after-hostile-close");
        String reflectUrl = panel.findElement(By.cssSelector("[data-test='pause-reflect']")).getDomAttribute("href");
        anaBrowser.driver().findElement(By.cssSelector("[data-test='pause-dismiss']")).click();
        anaBrowser.waiting().until(invisibilityOfElementLocated(By.cssSelector("[data-test='pause-panel']")));

        // Sam takes the calm chat and closes it: no pause panel after a calm close.
        sam.showQueue().claim(calm.toString());
        samBrowser.driver().findElement(By.cssSelector("[data-test='close']")).click();
        samBrowser.waiting().until(d -> d.getCurrentUrl().endsWith("/console"));
        sam.showQueue();
        assertThat(samBrowser.driver().findElements(By.cssSelector("[data-test='pause-panel']"))).isEmpty();

        // The supervisor sees each agent's load and mix, by display name, and a change arrives without a reload.
        new AgentConsole(bossBrowser, baseUrl()).logIn(BOSS);
        ChromeDriver boss = bossBrowser.driver();
        boss.get(baseUrl() + "/admin/load");
        bossBrowser.waiting().until(d -> hasRow(d, "Ana Weary") && hasRow(d, "Sam Lightfoot"));
        assertThat(counts(boss, "Ana Weary")).as("held now, heavy, light").containsExactly("0", "1", "0");
        assertThat(counts(boss, "Sam Lightfoot")).containsExactly("0", "0", "1");
        boss.executeScript("window.stillTheSamePage = true");
        engine.agentJoins(heavy, SAM, "Sam Lightfoot");
        bossBrowser.waiting().until(d -> counts(d, "Sam Lightfoot").equals(List.of("1", "1", "1")));
        assertThat(boss.executeScript("return window.stillTheSamePage === true")).as("no reload").isEqualTo(true);
        assertThat(boss.findElement(By.cssSelector("[data-test='team-load']")).getText()).doesNotContain(ANA, SAM);
        bossBrowser.screenshot("load-03-supervisor-view");

        // Ana writes a private reflection; Sam and the admin cannot read it; the admin sees a count only.
        anaBrowser.driver().get(baseUrl() + reflectUrl);
        anaBrowser.driver().findElement(By.id("text")).sendKeys(REFLECTION);
        anaBrowser.driver().findElement(By.cssSelector("[data-test='save-reflection']")).click();
        anaBrowser.waiting().until(visibilityOfElementLocated(By.cssSelector("[data-test='reflection-saved']")));
        assertThat(anaBrowser.driver().findElement(By.cssSelector("[data-test='reflections']")).getText()).contains(REFLECTION);
        anaBrowser.screenshot("load-04-private-reflection");
        for (ChromeDriver other : List.of(samBrowser.driver(), boss)) {
            other.get(baseUrl() + reflectUrl);
            assertThat(other.getPageSource()).doesNotContain(REFLECTION).doesNotContain("data-test=\"reflection-form\"");
        }
        boss.get(baseUrl() + "/admin/load");
        bossBrowser.waiting().until(d -> reflections(d, "Ana Weary").equals("1"));
        assertThat(boss.getPageSource()).doesNotContain(REFLECTION);
    }

    private ConversationId waitingWith(String name, String text) {
        ConversationId id = engine.open(name).id();
        engine.customerSays(id, "w1", text);
        if (engine.snapshot(id).orElseThrow().state() != ConversationState.WAITING_FOR_AGENT) {
            engine.customerSays(id, "w2", "I want to talk to a person");
        }
        assertThat(engine.snapshot(id).orElseThrow().state()).isEqualTo(ConversationState.WAITING_FOR_AGENT);
        return id;
    }

    private ChatIntensity peak(ConversationId id) {
        return engine.find(id).orElseThrow().customerTurns().stream().map(Turn::reading).map(ChatIntensity::of)
                .reduce(ChatIntensity.NONE, ChatIntensity::max);
    }

    private static By entry(ConversationId id) {
        return By.cssSelector("li[data-conversation-id='" + id + "']");
    }

    /**
     * The cells of the supervisor's row for one agent (name, load, held now, heavy, light, reflections), read in one
     * script so that a live re-render of the table between finding the row and reading it cannot leave a stale element.
     */
    @SuppressWarnings("unchecked")
    private static List<String> cells(WebDriver d, String name) {
        Object found = ((JavascriptExecutor) d).executeScript("""
                const row = [...document.querySelectorAll("[data-test='agent-row']")]
                    .find(r => r.querySelector('th') && r.querySelector('th').innerText.trim() === arguments[0]);
                return row ? [...row.querySelectorAll('td')].map(c => c.innerText.trim()) : null;""", name);
        return found == null ? null : (List<String>) found;
    }

    private static boolean hasRow(WebDriver d, String name) {
        return cells(d, name) != null;
    }

    /** Held now, heavy and light for one agent, or an empty list while the row is not there. */
    private static List<String> counts(WebDriver d, String name) {
        List<String> cells = cells(d, name);
        return cells == null || cells.size() < 4 ? List.of() : cells.subList(1, 4);
    }

    private static String reflections(WebDriver d, String name) {
        List<String> cells = cells(d, name);
        return cells == null || cells.size() < 5 ? "" : cells.get(4);
    }
}
