package io.attune.e2e;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The customer's side: the demo shop page with the chat widget, used the way a customer uses it. Every
 * method steps into the widget's frame itself, so a test never has to think about frames.
 */
final class ShopWidget {

    private static final By FRAME = By.cssSelector("iframe[data-attune='widget']");
    private static final By LAUNCHER = By.id("launcher");
    private static final By PANEL = By.id("panel");
    private static final By STATUS = By.id("status");
    private static final By INPUT = By.id("input");
    private static final String LINES = "return Array.from(document.querySelectorAll('#messages li.message')).map(li => ({"
            + "author: li.classList[1], who: li.querySelector('.who .name').textContent, avatar: li.querySelector('.avatar')?.textContent || '', text: li.querySelector('.text').textContent,"
            + "seq: li.dataset.seq ? Number(li.dataset.seq) : -1, pending: li.classList.contains('pending')}))";

    /** One line of the chat as the customer sees it; seq -1 while not yet stored. */
    /** @param avatar the initials beside a person's name; empty for the bot and the customer */
    record Line(String author, String who, String text, long seq, boolean pending, String avatar) {
    }

    private final HeadlessChromium browser;
    private final ChromeDriver driver;
    private final String shopUrl;
    private final String blankUrl;

    ShopWidget(HeadlessChromium browser, String baseUrl) {
        this.browser = browser;
        this.driver = browser.driver();
        this.shopUrl = baseUrl + "/";
        this.blankUrl = baseUrl + "/favicon.ico";
    }

    /** Opens the demo shop: the chat is closed, only its launcher shows. */
    ShopWidget visitShop() {
        driver.switchTo().defaultContent();
        driver.get(shopUrl);
        intoFrame();
        return this;
    }

    /** Forgets this customer (as a new visitor would be): the next visit starts a new conversation. */
    ShopWidget forgetConversation() {
        // From a file of the same origin (no widget, no HTTP session): a widget still open on the shop saves its session again
        // whenever a message arrives, so clearing the storage under it could be undone before the next visit.
        driver.switchTo().defaultContent();
        driver.get(blankUrl);
        driver.executeScript("localStorage.clear()");
        return visitShop();
    }

    void reload() {
        driver.switchTo().defaultContent();
        driver.navigate().refresh();
        intoFrame();
    }

    /** Clicks the launcher and waits until the chat is open and connected (a chat left open is open already). */
    ShopWidget openChat() {
        intoFrame();
        if (!driver.findElement(PANEL).isDisplayed()) {
            browser.waiting().until(elementToBeClickable(LAUNCHER)).click();
        }
        return waitUntilOpen();
    }

    /** Closes the chat with its close button: only the launcher shows. */
    void closeChat() {
        intoFrame();
        driver.findElement(By.id("close")).click();
        browser.waiting().until(invisibilityOfElementLocated(PANEL));
    }

    /** The count on the closed chat's launcher; empty when it shows none. */
    String unreadBadge() {
        intoFrame();
        WebElement badge = driver.findElement(By.id("unread"));
        return badge.isDisplayed() ? badge.getText() : "";
    }

    String launcherLabel() {
        intoFrame();
        return driver.findElement(LAUNCHER).getAttribute("aria-label");
    }

    /** The host page's title, as its browser tab shows it. */
    String hostTitle() {
        driver.switchTo().defaultContent();
        String title = driver.getTitle();
        intoFrame();
        return title;
    }

    ShopWidget waitUntilOpen() {
        browser.waiting().until(visibilityOfElementLocated(PANEL));
        browser.waiting().until(d -> !status().startsWith("Connecting…"));
        return this;
    }

    boolean isOpen() {
        intoFrame();
        return driver.findElement(PANEL).isDisplayed();
    }

    /** Types a message, presses Enter and waits until the server stored it (the widget shows its time). */
    Line say(String text) {
        intoFrame();
        int before = stored(text).size();
        WebElement input = browser.waiting().until(elementToBeClickable(INPUT));
        input.sendKeys(text, Keys.ENTER);
        browser.waiting().until(d -> stored(text).size() > before);
        List<Line> mine = stored(text);
        return mine.get(mine.size() - 1);
    }

    /** Says something and waits for the first answer to it, from the bot or a person. */
    Line ask(String text) {
        Line question = say(text);
        return browser.waiting().until(d -> firstAnswerAfter(question.seq()).orElse(null));
    }

    Optional<Line> firstAnswerAfter(long seq) {
        return lines().stream().filter(l -> l.seq() > seq && !"customer".equals(l.author())).findFirst();
    }

    List<Line> lines() {
        intoFrame();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> raw = (List<Map<String, Object>>) driver.executeScript(LINES);
        return raw.stream().map(m -> new Line((String) m.get("author"), (String) m.get("who"), (String) m.get("text"),
                ((Number) m.get("seq")).longValue(), (Boolean) m.get("pending"), (String) m.get("avatar"))).toList();
    }

    /** A link under a message, as the customer's browser has it: what it reads, where it goes, how it opens. */
    record Link(long seq, String text, String href, String rel, String target, String html) {
    }

    /** The links under the chat's messages, in order. */
    List<Link> links() {
        intoFrame();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> raw = (List<Map<String, Object>>) driver.executeScript(
                "return Array.from(document.querySelectorAll('#messages li.message .links a')).map(a => ({"
                        + "seq: Number(a.closest('li.message').dataset.seq || -1), text: a.textContent,"
                        + "href: a.getAttribute('href'), rel: a.getAttribute('rel'), target: a.getAttribute('target'),"
                        + "html: a.innerHTML}))");
        return raw.stream().map(m -> new Link(((Number) m.get("seq")).longValue(), (String) m.get("text"),
                (String) m.get("href"), (String) m.get("rel"), (String) m.get("target"), (String) m.get("html")))
                .toList();
    }

    String status() {
        intoFrame();
        return driver.findElement(STATUS).getText();
    }

    /** Waits until the chat shows these texts, in this order (other lines may come between). */
    void waitForLines(String... texts) {
        browser.waiting().withMessage(() -> "the chat to show " + List.of(texts) + " but it shows " + lines())
                .until(d -> containsInOrder(lines().stream().map(Line::text).toList(), List.of(texts)));
    }

    void waitForStatus(String part) {
        intoFrame();
        browser.waiting().until(textToBePresentInElementLocated(STATUS, part));
    }

    /** The red line under the messages: empty when nothing went wrong. */
    String error() {
        intoFrame();
        return driver.findElement(By.id("error")).getText();
    }

    /** The conversation this browser's widget holds, as it keeps it between page loads. */
    String conversationId() {
        intoFrame();
        return (String) driver.executeScript(
                "return JSON.parse(localStorage.getItem('attune.session.demo')).conversationId");
    }

    /** Clicks "End chat" and confirms. */
    void endChat() {
        intoFrame();
        driver.findElement(By.id("end")).click();
        browser.waiting().until(elementToBeClickable(By.id("end-yes"))).click();
        browser.waiting().until(visibilityOfElementLocated(By.id("survey")));
    }

    void rate(int stars, String comment) {
        intoFrame();
        driver.findElement(By.cssSelector("#survey input[name='rating'][value='" + stars + "']")).click();
        if (!comment.isEmpty()) {
            driver.findElement(By.id("survey-comment")).sendKeys(comment);
        }
        driver.findElement(By.cssSelector("#survey button[type='submit']")).click();
        browser.waiting().until(invisibilityOfElementLocated(By.id("survey")));
    }

    /** Waits for the optional "who are you" form shown while waiting for a person. */
    ShopWidget waitForDetailsForm() {
        intoFrame();
        browser.waiting().until(visibilityOfElementLocated(By.id("details")));
        return this;
    }

    boolean detailsFormShown() {
        intoFrame();
        return driver.findElement(By.id("details")).isDisplayed();
    }

    /** Types a name and an email into the "who are you" form (either may be empty) and shares them. */
    void giveDetails(String name, String email) {
        waitForDetailsForm();
        WebElement nameBox = driver.findElement(By.id("details-name"));
        WebElement emailBox = driver.findElement(By.id("details-email"));
        nameBox.clear();
        nameBox.sendKeys(name);
        emailBox.clear();
        emailBox.sendKeys(email);
        driver.findElement(By.cssSelector("#details button[type='submit']")).click();
    }

    /** Where the widget's frame sits on the host page, in CSS pixels. */
    Rectangle frameOnPage() {
        driver.switchTo().defaultContent();
        Rectangle rect = driver.findElement(FRAME).getRect();
        intoFrame();
        return rect;
    }

    /** The host page's viewport: width and height in CSS pixels. */
    List<Long> viewport() {
        driver.switchTo().defaultContent();
        @SuppressWarnings("unchecked")
        List<Long> size = (List<Long>) driver.executeScript("return [window.innerWidth, window.innerHeight]");
        intoFrame();
        return size;
    }

    /** Presses a key as the keyboard does: it goes to whatever has the focus inside the chat. */
    void press(Keys key) {
        intoFrame();
        driver.switchTo().activeElement().sendKeys(key);
    }

    WebElement element(By by) {
        intoFrame();
        return driver.findElement(by);
    }

    private static boolean containsInOrder(List<String> shown, List<String> expected) {
        int next = 0;
        for (String text : shown) {
            if (next < expected.size() && text.equals(expected.get(next))) {
                next++;
            }
        }
        return next == expected.size();
    }

    private List<Line> stored(String text) {
        return lines().stream().filter(l -> "customer".equals(l.author()) && !l.pending() && l.text().equals(text))
                .toList();
    }

    private void intoFrame() {
        driver.switchTo().defaultContent();
        browser.waiting().until(d -> !d.findElements(FRAME).isEmpty());
        driver.switchTo().frame(driver.findElement(FRAME));
    }
}
