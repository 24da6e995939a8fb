package io.attune.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.console.agent.AgentAccounts;
import io.attune.console.agent.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Private notes (issue 14, inbox basics) in three browsers: the agent who holds a conversation and an admin
 * viewing it each add a note that appears on the other's page without a reload; the customer's widget never
 * shows one, though the agent's reply sent after them arrives.
 */
class PrivateNotesIT extends BrowserTest {

    private static final String KIM = "e2e-notes-kim";
    private static final String ADA = "e2e-notes-ada";

    @Autowired
    AgentAccounts accounts;

    private HeadlessChromium customerBrowser;
    private HeadlessChromium kimBrowser;
    private HeadlessChromium adaBrowser;

    @BeforeAll
    void startBrowsers() {
        AgentConsole.ensureAccount(accounts, KIM, "Kim Notes", Role.AGENT);
        AgentConsole.ensureAccount(accounts, ADA, "Ada Notes", Role.ADMIN);
        customerBrowser = newBrowser(HeadlessChromium.DESKTOP);
        kimBrowser = newBrowser(HeadlessChromium.DESKTOP);
        adaBrowser = newBrowser(HeadlessChromium.DESKTOP);
    }

    @Test
    void notesReachEveryAgentViewingLiveAndNeverTheCustomer() {
        AgentConsole kim = new AgentConsole(kimBrowser, baseUrl()).logIn(KIM);
        AgentConsole ada = new AgentConsole(adaBrowser, baseUrl()).logIn(ADA);
        ShopWidget widget = new ShopWidget(customerBrowser, baseUrl()).forgetConversation().openChat();
        widget.say("I'd like to talk to a person please");
        widget.waitForStatus("Connecting you to a person");
        String id = widget.conversationId();
        kim.waitInQueue(id);
        kim.claim(id);
        ada.open(id);
        adaBrowser.driver().executeScript("window.stillTheSamePage = true;");
        kimBrowser.driver().executeScript("window.stillTheSamePage = true;");

        String kimsNote = "Refund promised by Friday <b>not bold</b>";
        addNote(kimBrowser, kimsNote);
        waitForNote(adaBrowser, "Kim Notes", kimsNote);
        addNote(adaBrowser, "Checked with the warehouse: it left on Monday");
        waitForNote(kimBrowser, "Ada Notes", "Checked with the warehouse: it left on Monday");
        assertThat(adaBrowser.driver().findElements(By.cssSelector("[data-test='note-text'] b"))).as("text, not markup")
                .isEmpty();
        assertThat(kimBrowser.driver().executeScript("return window.stillTheSamePage === true")).isEqualTo(true);
        assertThat(adaBrowser.driver().executeScript("return window.stillTheSamePage === true")).isEqualTo(true);
        assertThat(kimBrowser.driver().findElement(By.cssSelector("[data-test='note'] time")).getText())
                .matches("\\d\\d:\\d\\d");
        kimBrowser.screenshot("notes-01-agent");
        adaBrowser.screenshot("notes-02-admin-viewing");

        // The reply goes out after both notes: once the widget shows it, anything sent before it has arrived too.
        kim.reply("Your refund is on its way.");
        widget.waitForLines("Your refund is on its way.");
        assertThat(widget.lines()).extracting(ShopWidget.Line::text)
                .noneMatch(t -> t.contains("Refund promised") || t.contains("warehouse"));
        assertThat(customerBrowser.driver().getPageSource()).doesNotContain("Refund promised").doesNotContain("warehouse");
        customerBrowser.screenshot("notes-03-customer-sees-no-note");

        kimBrowser.driver().findElement(By.cssSelector("[data-test='add-note']")).click();
        WebElement error = kimBrowser.waiting().until(d -> {
            WebElement e = d.findElement(By.cssSelector("[data-test='note-error']"));
            return e.isDisplayed() ? e : null;
        });
        assertThat(error.getText()).isEqualTo("The note is empty: write something before adding it.");

        ChromeDriver admin = adaBrowser.driver();
        admin.get(baseUrl() + "/admin/conversations/" + id);
        assertThat(admin.findElements(By.cssSelector("[data-test='note-text']"))).extracting(WebElement::getText)
                .containsExactly(kimsNote, "Checked with the warehouse: it left on Monday");
        adaBrowser.screenshot("notes-04-admin-review");
    }

    private static void addNote(HeadlessChromium browser, String text) {
        browser.driver().findElement(By.cssSelector("[data-test='note-box']")).sendKeys(text);
        browser.driver().findElement(By.cssSelector("[data-test='add-note']")).click();
        browser.waiting().until(d -> d.findElement(By.cssSelector("[data-test='note-box']")).getDomProperty("value")
                .isEmpty());
    }

    private static void waitForNote(HeadlessChromium browser, String author, String text) {
        browser.waiting().withMessage(() -> "a note by " + author + ": " + text).until(d -> notes(d).contains(author + ": " + text));
    }

    @SuppressWarnings("unchecked")
    private static List<String> notes(org.openqa.selenium.WebDriver driver) {
        return (List<String>) ((ChromeDriver) driver).executeScript("return Array.from(document.querySelectorAll("
                + "'[data-test=\"note\"]')).map(li => li.querySelector('.who').textContent + ': ' "
                + "+ li.querySelector('.text').textContent)");
    }
}
