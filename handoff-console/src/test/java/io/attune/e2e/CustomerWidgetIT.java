package io.attune.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.attune.e2e.ShopWidget.Line;
import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.ConversationState;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/** The chat widget on the demo shop, in a real browser, as a customer uses it (issue 3). */
class CustomerWidgetIT extends BrowserTest {

    private static final String ROUTINE_QUESTION = "What delivery options do you have?";

    @Autowired
    ConversationEngine engine;

    private HeadlessChromium desktop;
    private HeadlessChromium phone;

    @BeforeAll
    void startBrowsers() {
        desktop = newBrowser(HeadlessChromium.DESKTOP);
        phone = newBrowser(HeadlessChromium.PHONE);
    }

    @Test
    void answersARoutineQuestion() {
        ShopWidget widget = new ShopWidget(desktop, baseUrl()).forgetConversation();
        desktop.screenshot("widget-01-shop-closed");

        widget.openChat();
        Line answer = widget.ask(ROUTINE_QUESTION);
        desktop.screenshot("widget-02-routine-answer");

        assertThat(answer.author()).isEqualTo("bot");
        assertThat(answer.who()).isEqualTo("Assistant");
        assertThat(answer.text()).containsIgnoringCase("deliver");
        assertThat(widget.status()).isEqualTo("You are talking to the assistant.");
    }

    @Test
    void keepsARatingSentWithoutAComment() {
        ShopWidget widget = new ShopWidget(desktop, baseUrl()).forgetConversation().openChat();
        widget.ask(ROUTINE_QUESTION);
        widget.endChat();

        widget.rate(4, "");
        widget.waitForStatus("Thank you for your feedback!");
        desktop.screenshot("widget-survey-rated-without-comment");

        assertThat(widget.error()).isEmpty();
        ConversationSnapshot stored = engine.find(ConversationId.parse(widget.conversationId())).orElseThrow()
                .snapshot();
        assertThat(stored.state()).isEqualTo(ConversationState.CLOSED);
        assertThat(stored.survey().rating()).isEqualTo(4);
        assertThat(stored.survey().comment()).isNull();
    }

    @Test
    void aBurstOfTwelveQuickMessagesIsAllSentWithinEightSeconds() {
        ShopWidget widget = new ShopWidget(desktop, baseUrl()).forgetConversation().openChat();
        WebElement input = widget.element(By.id("input"));
        for (int i = 1; i <= 12; i++) {
            input.sendKeys("quick message " + i, Keys.ENTER);
        }

        desktop.waiting().withTimeout(Duration.ofSeconds(8))
                .withMessage(() -> "still sending: " + widget.lines().stream().filter(Line::pending).toList())
                .until(d -> widget.lines().stream().filter(l -> l.text().startsWith("quick message ") && !l.pending())
                        .count() == 12);
        assertThat(widget.lines()).extracting(Line::text).filteredOn(t -> t.startsWith("quick message "))
                .as("in the order typed").containsExactly(IntStream.rangeClosed(1, 12)
                        .mapToObj(i -> "quick message " + i).toArray(String[]::new));
        assertThat(widget.error()).as("nothing the customer wrote was refused, so no warning stays").isEmpty();
    }

    @Test
    void choosingASuggestedReplyByKeyboardLeavesTheFocusInTheMessageBox() {
        ShopWidget widget = new ShopWidget(desktop, baseUrl()).forgetConversation().openChat();
        WebElement choice = desktop.waiting().until(d -> widget.element(By.cssSelector("#quick-replies button")));
        String text = choice.getText();

        choice.sendKeys(Keys.ENTER);
        desktop.waiting().until(d -> widget.lines().stream().anyMatch(l -> "customer".equals(l.author()) && !l.pending()));

        assertThat(focusedId()).as("after choosing '%s'", text).isEqualTo("input");
    }

    @Test
    void endingTheChatAsksFirstAndCanBeCancelled() {
        ShopWidget widget = new ShopWidget(desktop, baseUrl()).forgetConversation().openChat();
        widget.ask(ROUTINE_QUESTION);

        widget.element(By.id("end")).click();
        WebElement keep = desktop.waiting().until(d -> widget.element(By.id("end-no")));
        assertThat(widget.element(By.id("end-confirm")).getText()).contains("End this chat?");
        desktop.screenshot("widget-end-confirm");
        keep.click();

        assertThat(widget.element(By.id("end-confirm")).isDisplayed()).isFalse();
        assertThat(widget.element(By.id("input")).isDisplayed()).as("still chatting").isTrue();
        assertThat(widget.status()).isEqualTo("You are talking to the assistant.");
        widget.endChat();
        assertThat(widget.element(By.id("survey")).isDisplayed()).isTrue();
    }

    @Test
    void showsTheWholeConversationAgainAfterAReloadInThePanelLeftOpen() {
        ShopWidget widget = new ShopWidget(desktop, baseUrl()).forgetConversation().openChat();
        Line answer = widget.ask(ROUTINE_QUESTION);

        widget.reload();
        widget.waitUntilOpen();
        desktop.screenshot("widget-03-history-after-reload");

        widget.waitForLines(ROUTINE_QUESTION, answer.text());
        assertThat(widget.lines()).extracting(Line::seq).doesNotHaveDuplicates();
    }

    @Test
    void fillsAPhoneScreenAndStaysUsable() {
        ShopWidget widget = new ShopWidget(phone, baseUrl()).forgetConversation();
        phone.screenshot("widget-04-phone-closed");
        Rectangle launcherFrame = widget.frameOnPage();
        List<Long> viewport = widget.viewport();
        assertThat(launcherFrame.getWidth()).isLessThan(viewport.get(0).intValue() / 2);

        widget.openChat();
        Rectangle open = widget.frameOnPage();
        assertThat(open.getX()).isZero();
        assertThat(open.getY()).isZero();
        assertThat(open.getWidth()).isEqualTo(viewport.get(0).intValue());
        assertThat(open.getHeight()).isEqualTo(viewport.get(1).intValue());
        Rectangle panel = widget.element(By.id("panel")).getRect();
        assertThat(panel.getWidth()).as("panel width").isCloseTo(open.getWidth(), within(1));
        assertThat(panel.getHeight()).as("panel height").isCloseTo(open.getHeight(), within(1));

        WebElement input = widget.element(By.id("input"));
        Rectangle inputBox = input.getRect();
        assertThat(inputBox.getY() + inputBox.getHeight()).isLessThanOrEqualTo(viewport.get(1).intValue());
        assertThat(inputBox.getX() + inputBox.getWidth()).isLessThanOrEqualTo(viewport.get(0).intValue());
        Line answer = widget.ask(ROUTINE_QUESTION);
        phone.screenshot("widget-05-phone-open");

        assertThat(answer.author()).isEqualTo("bot");
        assertThat(widget.element(By.id("send")).isDisplayed()).isTrue();
    }

    @Test
    void opensWithTheKeyboardAndClosesWithEscape() {
        ShopWidget widget = new ShopWidget(desktop, baseUrl()).forgetConversation();
        desktop.driver().switchTo().defaultContent();

        int tabs = tabUntilLauncherHasFocus(widget);
        desktop.screenshot("widget-06-launcher-focused");
        assertThat(tabs).as("Tab presses from the top of the page to the launcher").isLessThanOrEqualTo(15);

        widget.press(Keys.ENTER);
        widget.waitUntilOpen();
        assertThat(focusedId()).isEqualTo("input");

        widget.press(Keys.ESCAPE);
        desktop.waiting().until(d -> !widget.isOpen());
        assertThat(focusedId()).isEqualTo("launcher");
        assertThat(widget.frameOnPage().getWidth()).isLessThan(200);
    }

    /** Presses Tab on the shop page until the chat's launcher has the focus; answers how many presses it took. */
    private int tabUntilLauncherHasFocus(ShopWidget widget) {
        for (int presses = 1; presses <= 30; presses++) {
            desktop.driver().switchTo().defaultContent();
            new Actions(desktop.driver()).sendKeys(Keys.TAB).perform();
            if ("launcher".equals(focusedId())) {
                return presses;
            }
        }
        throw new AssertionError("the launcher never got the keyboard focus after 30 Tab presses");
    }

    /** The id of the focused element inside the widget's frame, or "" if the focus is elsewhere. */
    private String focusedId() {
        desktop.driver().switchTo().defaultContent();
        Object inFrame = desktop.driver().executeScript("const f = document.activeElement;"
                + "return f && f.tagName === 'IFRAME' ? f.contentDocument.activeElement.id : '';");
        return String.valueOf(inFrame);
    }
}
