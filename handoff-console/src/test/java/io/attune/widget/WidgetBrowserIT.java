package io.attune.widget;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.e2e.Axe;
import io.attune.e2e.FailureEvidence;
import io.attune.e2e.HeadlessChromium;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The widget in a real browser (Debian's Chromium, headless) on the demo shop, embedded exactly as a
 * customer's site embeds it: the launcher, the conversation, keyboard use and the phone layout.
 */
@WidgetAppIT
@ExtendWith(FailureEvidence.class)
class WidgetBrowserIT {

    @LocalServerPort
    int port;

    private HeadlessChromium chromium;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        chromium = HeadlessChromium.start(HeadlessChromium.DESKTOP);
        browser = chromium.driver();
        wait = chromium.waiting();
    }

    @AfterEach
    void closeBrowser() {
        chromium.close();
    }

    @Test
    void aShopperAsksAQuestionAndReadsTheAnswer() {
        openChat();

        say("What delivery options do you have?");

        wait.until(d -> bubbles("li.message.bot").size() >= 2);
        WebElement answer = bubbles("li.message.bot").get(1);
        assertThat(answer.findElement(By.cssSelector(".text")).getText()).containsIgnoringCase("delivery");
        assertThat(answer.findElement(By.cssSelector("time")).getText()).matches(".*\\d{1,2}[:.]\\d{2}.*");
        wait.until(d -> browser.findElements(By.cssSelector("li.message.customer.pending")).isEmpty());
    }

    @Test
    void whenNobodyCanAnswerTheShopperIsToldHonestlyStillGetsAnswersAndLeavesAMessage() {
        openChat();

        say("Can I talk to a human agent, please?");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "No one from our team is online"));
        wait.until(d -> bubbles("li.message.bot").size() >= 2);
        assertThat(lastBotText()).doesNotContain("connecting you").contains("leave them a message");
        assertThat(visibleTextBoxes()).as("one box to type in").hasSize(1);
        chromium.screenshot("offline-01-told-honestly");
        assertThat(Axe.violations(browser, "nobody online")).isEmpty();
        openChatFrame();

        say("What delivery options do you have?");
        wait.until(d -> bubbles("li.message.bot").size() >= 3);
        assertThat(lastBotText()).as("the bot still answers while nobody can").containsIgnoringCase("delivery");

        reloadAndOpenChat();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "No one from our team is online"));
        assertThat(browser.findElement(By.id("status")).getText()).doesNotContain("in line");
        browser.findElement(By.id("leave-open")).click();
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("leave-message")));
        assertThat(visibleTextBoxes()).as("the form takes the composer's place").hasSize(1);
        chromium.screenshot("offline-02-form");
        assertThat(Axe.violations(browser, "leave-a-message form")).isEmpty();
        openChatFrame();
        assertThat(browser.findElement(By.id("log")).getSize().getHeight())
                .as("the transcript keeps its room").isGreaterThanOrEqualTo(200);
        form.findElement(By.id("leave-name")).sendKeys("Ana");
        form.findElement(By.id("leave-email")).sendKeys("ana@example.com");
        form.findElement(By.id("leave-text")).sendKeys("My parcel 4521 never arrived.");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "your message is with our team"));
        assertThat(form.isDisplayed()).isFalse();

        reloadAndOpenChat();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Your message is with our team"));
        assertThat(browser.findElement(By.id("leave-offer")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("leave-message")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("details")).isDisplayed())
                .as("the message form asked for the name and email: not asked again").isFalse();
        assertThat(visibleTextBoxes()).as("one box to type in").hasSize(1);
        chromium.screenshot("offline-03-after-reload");
    }

    @Test
    void markupFromAMessageIsShownAsTextNeverRun() {
        openChat();

        say("<img src=x onerror=\"document.title='owned'\"><b>bold?</b>");

        wait.until(d -> !bubbles("li.message.customer:not(.pending)").isEmpty());
        WebElement mine = bubbles("li.message.customer:not(.pending)").get(0);
        assertThat(mine.findElement(By.cssSelector(".text")).getText()).isEqualTo(
                "<img src=x onerror=\"document.title='owned'\"><b>bold?</b>");
        assertThat(mine.findElements(By.tagName("img"))).isEmpty();
        assertThat(mine.findElements(By.tagName("b"))).isEmpty();
        assertThat(browser.getTitle()).isNotEqualTo("owned");
    }

    @Test
    void theKeyboardOpensAndClosesTheChatAndFocusFollows() {
        openChat();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("input");
        assertThat(browser.findElement(By.id("log")).getAttribute("role")).isEqualTo("log");

        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);

        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("panel")));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("launcher");
        assertThat(browser.findElement(By.id("launcher")).getAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void onAPhoneTheOpenChatFillsTheScreen() {
        browser.manage().window().setSize(new Dimension(390, 800));
        openChat();

        browser.switchTo().defaultContent();
        WebElement frame = browser.findElement(By.cssSelector("iframe[data-attune]"));
        Number viewport = (Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return window.innerWidth;");
        wait.until(d -> frame.getSize().getWidth() == viewport.intValue());
        assertThat(frame.getSize().getWidth()).isEqualTo(viewport.intValue());
    }

    private void openChat() {
        browser.get("http://localhost:" + port + "/");
        WebElement frame = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("iframe[data-attune]")));
        browser.switchTo().frame(frame);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("launcher"))).click();
        wait.until(d -> !bubbles("li.message.bot").isEmpty());
    }

    /** Reloads the shop: the chat left open comes back open, with its history. */
    private void reloadAndOpenChat() {
        browser.switchTo().defaultContent();
        browser.navigate().refresh();
        openChatFrame();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("panel")));
        wait.until(d -> !bubbles("li.message.bot").isEmpty());
    }

    private void openChatFrame() {
        browser.switchTo().defaultContent();
        WebElement frame = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("iframe[data-attune]")));
        browser.switchTo().frame(frame);
    }

    private String lastBotText() {
        List<WebElement> bot = bubbles("li.message.bot");
        return bot.get(bot.size() - 1).findElement(By.cssSelector(".text")).getText();
    }

    private List<WebElement> visibleTextBoxes() {
        return browser.findElements(By.cssSelector("textarea")).stream().filter(WebElement::isDisplayed).toList();
    }

    private void say(String text) {
        WebElement input = browser.findElement(By.id("input"));
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
    }

    private List<WebElement> bubbles(String css) {
        return browser.findElements(By.cssSelector(css));
    }
}
