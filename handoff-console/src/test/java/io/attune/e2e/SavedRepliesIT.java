package io.attune.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.console.Conversations;
import io.attune.console.agent.AgentAccounts;
import io.attune.console.agent.Role;
import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.ConversationId;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Saved replies (issue 14, inbox basics) in two browsers: an admin writes two at /admin/replies; an agent types
 * "/" and part of a title at the start of the reply box, Enter inserts the reply without sending it; the select
 * and "Insert" do the same for the mouse.
 */
class SavedRepliesIT extends BrowserTest {

    private static final String ADMIN = "e2e-replies-admin";
    private static final String AGENT = "e2e-replies-agent";
    private static final String REFUND = "Refunds reach your card within 5 working days of the return arriving.";
    private static final String HOURS = "We answer chats from 8:00 to 20:00, Monday to Saturday.";

    @Autowired
    AgentAccounts accounts;
    @Autowired
    ConversationEngine engine;

    private HeadlessChromium adminBrowser;
    private HeadlessChromium agentBrowser;

    @BeforeAll
    void startBrowsers() {
        AgentConsole.ensureAccount(accounts, ADMIN, "Ari Replies", Role.ADMIN);
        AgentConsole.ensureAccount(accounts, AGENT, "Bo Replies", Role.AGENT);
        adminBrowser = newBrowser(HeadlessChromium.DESKTOP);
        agentBrowser = newBrowser(HeadlessChromium.DESKTOP);
    }

    @Test
    void anAgentInsertsAnAdminsSavedReplyWithTheSlashShortcutAndItIsNotSent() {
        new AgentConsole(adminBrowser, baseUrl()).logIn(ADMIN);
        ChromeDriver admin = adminBrowser.driver();
        admin.get(baseUrl() + "/admin");
        admin.findElement(By.linkText("Saved replies")).click();
        addReply(admin, "Refund timing", REFUND);
        addReply(admin, "Opening hours", HOURS);
        assertThat(admin.findElements(By.cssSelector("[data-test='reply-title']")))
                .extracting(e -> e.getDomProperty("value")).containsExactly("Opening hours", "Refund timing");
        adminBrowser.screenshot("replies-01-admin");

        ConversationId id = Conversations.waiting(engine, "Noor Slash", "My return arrived last week");
        AgentConsole agent = new AgentConsole(agentBrowser, baseUrl()).logIn(AGENT);
        agent.waitInQueue(id.toString());
        agent.claim(id.toString());
        ChromeDriver driver = agentBrowser.driver();
        WebElement box = driver.findElement(By.cssSelector("[data-test='reply-box']"));

        box.sendKeys("/ref");
        agentBrowser.waiting().until(d -> d.findElement(By.cssSelector("[data-test='saved-reply-picker']")).isDisplayed());
        assertThat(driver.findElements(By.cssSelector("[data-test='saved-reply-option'] b")))
                .extracting(WebElement::getText).containsExactly("Refund timing");
        agentBrowser.screenshot("replies-02-slash-list");
        box.sendKeys(Keys.ENTER);
        assertThat(box.getDomProperty("value")).isEqualTo(REFUND);
        assertThat(driver.findElement(By.cssSelector("[data-test='saved-reply-picker']")).isDisplayed()).isFalse();
        assertThat(driver.switchTo().activeElement()).isEqualTo(box);
        agentBrowser.screenshot("replies-03-inserted");

        // Enter again sends it: had the insertion been sent too, the transcript would show the reply twice.
        box.sendKeys(Keys.ENTER);
        agentBrowser.waiting().until(d -> agent.transcript().stream().anyMatch(l -> l.text().equals(REFUND)));
        assertThat(agent.transcript()).filteredOn(l -> l.text().equals(REFUND)).hasSize(1);

        new Select(driver.findElement(By.cssSelector("[data-test='saved-reply-select']"))).selectByVisibleText("Opening hours");
        driver.findElement(By.cssSelector("[data-test='insert-saved-reply']")).click();
        assertThat(box.getDomProperty("value")).isEqualTo(HOURS);
        assertThat(agent.transcript()).noneMatch(l -> l.text().equals(HOURS));
    }

    private static void addReply(ChromeDriver admin, String title, String text) {
        admin.findElement(By.id("title")).sendKeys(title);
        admin.findElement(By.id("text")).sendKeys(text);
        admin.findElement(By.cssSelector("[data-test='add-reply']")).click();
        // The page the form posts from may still show the previous save's notice: wait for the new page's.
        new WebDriverWait(admin, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "the notice for saving \"" + title + "\"")
                .until(d -> d.findElement(By.cssSelector("[data-test='saved']")).getText()
                        .equals("Saved “" + title + "”."));
    }
}
