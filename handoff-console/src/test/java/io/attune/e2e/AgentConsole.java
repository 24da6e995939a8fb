package io.attune.e2e;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import io.attune.console.agent.AgentAccounts;
import io.attune.console.agent.Role;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** An agent's (or admin's) browser on the console: log in, watch the queue, take a conversation, answer. */
final class AgentConsole {

    static final String PASSWORD = "e2e-agent-password-123";

    private static final String TRANSCRIPT = "return Array.from(document.querySelectorAll('#transcript li.msg')).map(li => ({"
            + "author: li.dataset.author, who: li.querySelector('.who').textContent, text: li.querySelector('.text').textContent}))";

    /** A line of the console's transcript: author is CUSTOMER, BOT, AGENT or SYSTEM. */
    record Line(String author, String who, String text) {
    }

    /** A queue entry as the agent sees it. */
    record QueueEntry(String customer, String emotion, String reasons, String preview) {
    }

    private final HeadlessChromium browser;
    private final ChromeDriver driver;
    private final String baseUrl;

    AgentConsole(HeadlessChromium browser, String baseUrl) {
        this.browser = browser;
        this.driver = browser.driver();
        this.baseUrl = baseUrl;
    }

    /** Creates the account through the application's own service, as an admin's users page would. */
    static void ensureAccount(AgentAccounts accounts, String username, String displayName, Role role) {
        if (accounts.find(username).isEmpty()) {
            accounts.create(username, PASSWORD, displayName, role);
        }
    }

    /** Logs in through the login form and waits until the console's live queue is connected. */
    AgentConsole logIn(String username) {
        driver.get(baseUrl + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("[data-test='login']")).click();
        browser.waiting().until(urlContains("/console"));
        return showQueue();
    }

    AgentConsole showQueue() {
        if (!driver.getCurrentUrl().equals(baseUrl + "/console")) {
            driver.get(baseUrl + "/console");
        }
        browser.waiting().until(textToBe(By.cssSelector("[data-test='connection']"), "Live"));
        return this;
    }

    /** Waits until the conversation is in the live queue (no reload) and reads its entry. */
    QueueEntry waitInQueue(String conversationId) {
        WebElement entry = browser.waiting().until(visibilityOfElementLocated(queueEntry(conversationId)));
        return new QueueEntry(entry.findElement(By.cssSelector("[data-test='queue-customer']")).getText(),
                entry.findElement(By.cssSelector("[data-test='queue-emotion']")).getText(),
                entry.findElement(By.cssSelector("[data-test='queue-reasons']")).getText(),
                entry.findElement(By.cssSelector("[data-test='queue-preview']")).getText());
    }

    /** Clicks "Take" on the conversation and waits for its page. */
    AgentConsole claim(String conversationId) {
        browser.waiting().until(elementToBeClickable(
                By.cssSelector("li[data-conversation-id='" + conversationId + "'] [data-test='claim']"))).click();
        browser.waiting().until(urlContains("/console/conversations/" + conversationId));
        browser.waiting().until(visibilityOfElementLocated(By.cssSelector("[data-test='reply-box']")));
        return this;
    }

    /** Opens a conversation's page directly, as its link in "My conversations" does. */
    AgentConsole open(String conversationId) {
        driver.get(baseUrl + "/console/conversations/" + conversationId);
        browser.waiting().until(visibilityOfElementLocated(By.cssSelector("[data-test='transcript']")));
        return this;
    }

    /** The conversation page's "Customer" line: name, and email when the customer gave one. */
    String customerLine() {
        return driver.findElement(By.cssSelector("[data-test='customer']")).getText();
    }

    /** The conversation page's "From" line: the page the customer chats from and their language. */
    String customerFrom() {
        return driver.findElement(By.cssSelector("[data-test='customer-from']")).getText();
    }

    /** The "Earlier chats" entries beside the summary: "2 Dec 2026 10:02: Closed, answered by the bot". */
    List<String> earlierConversations() {
        return driver.findElements(By.cssSelector("[data-test='earlier-conversation']")).stream()
                .map(e -> e.getText().replaceAll("\\s+", " ").trim()).toList();
    }

    String handoffReason() {
        return driver.findElement(By.cssSelector("[data-test='handoff-reason']")).getText();
    }

    String liveEmotion() {
        return driver.findElement(By.cssSelector("[data-test='live-emotion']")).getText();
    }

    /** Points drawn on the emotion chart, and how many are marked as the handoff (triangles). */
    Map<String, Long> chartPoints() {
        @SuppressWarnings("unchecked")
        Map<String, Long> points = (Map<String, Long>) driver.executeScript(
                "const ds = Chart.getChart(document.getElementById('emotion-chart')).data.datasets[0];"
                        + "return {points: ds.data.length, handoffs: ds.pointStyle.filter(s => s === 'triangle').length};");
        return points;
    }

    /**
     * Types a reply and sends it; waits until the server stored it and pushed it back. If the page's
     * connection was not up yet, the text stays in the box with a message, and the agent presses Send again.
     */
    void reply(String text) {
        WebElement box = browser.waiting().until(elementToBeClickable(By.cssSelector("[data-test='reply-box']")));
        box.sendKeys(text);
        browser.waiting().until(d -> {
            if (transcript().stream().anyMatch(l -> "AGENT".equals(l.author()) && l.text().equals(text))) {
                return true;
            }
            if (!box.getDomProperty("value").isEmpty()) {
                driver.findElement(By.cssSelector("[data-test='send']")).click();
            }
            return false;
        });
    }

    void waitForCustomerLine(String text) {
        browser.waiting().until(d -> transcript().stream().anyMatch(l -> "CUSTOMER".equals(l.author())
                && l.text().equals(text)));
    }

    List<Line> transcript() {
        @SuppressWarnings("unchecked")
        List<Map<String, String>> raw = (List<Map<String, String>>) driver.executeScript(TRANSCRIPT);
        return raw.stream().map(m -> new Line(m.get("author"), m.get("who"), m.get("text"))).toList();
    }

    /** Clicks "Hand back to the bot"; the console goes back to the queue. */
    void handBack() {
        driver.findElement(By.cssSelector("[data-test='hand-back']")).click();
        browser.waiting().until(urlToBe(baseUrl + "/console"));
    }

    private static By queueEntry(String conversationId) {
        return By.cssSelector("li[data-test='queue-item'][data-conversation-id='" + conversationId + "']");
    }
}
