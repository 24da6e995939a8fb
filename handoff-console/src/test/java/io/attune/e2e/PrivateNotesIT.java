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

    @Test
    void onlyTheAuthorEditsAndDeletesANoteAndEveryViewerSeesItLive() {
        AgentConsole kim = new AgentConsole(kimBrowser, baseUrl()).logIn(KIM);
        AgentConsole ada = new AgentConsole(adaBrowser, baseUrl()).logIn(ADA);
        ShopWidget widget = new ShopWidget(customerBrowser, baseUrl()).forgetConversation().openChat();
        widget.say("I'd like to talk to a person please");
        widget.waitForStatus("Connecting you to a person");
        String id = widget.conversationId();
        kim.waitInQueue(id);
        kim.claim(id);
        ada.open(id);
        addNote(kimBrowser, "Refund promised by Friday");
        waitForNote(adaBrowser, "Kim Notes", "Refund promised by Friday");
        addNote(adaBrowser, "Warehouse says Monday");
        waitForNote(kimBrowser, "Ada Notes", "Warehouse says Monday");

        // Each sees Edit and Delete on their own note only: the admin not on Kim's, Kim not on the admin's.
        assertThat(actionsOn(kimBrowser, "Refund promised by Friday")).containsExactly("Edit", "Delete");
        assertThat(actionsOn(kimBrowser, "Warehouse says Monday")).isEmpty();
        assertThat(actionsOn(adaBrowser, "Refund promised by Friday")).isEmpty();
        assertThat(actionsOn(adaBrowser, "Warehouse says Monday")).containsExactly("Edit", "Delete");

        WebElement kims = noteWith(kimBrowser, "Refund promised by Friday");
        kims.findElement(By.cssSelector("[data-test='edit-note']")).click();
        WebElement box = kims.findElement(By.cssSelector("[data-test='note-edit-box']"));
        box.clear();
        box.sendKeys("Refund promised by Monday <i>not Friday</i>");
        kimBrowser.screenshot("notes-05-author-editing");
        kims.findElement(By.cssSelector("[data-test='save-note']")).click();

        waitForNote(adaBrowser, "Kim Notes", "Refund promised by Monday <i>not Friday</i>");
        waitForNote(kimBrowser, "Kim Notes", "Refund promised by Monday <i>not Friday</i>");
        assertThat(noteWith(adaBrowser, "Refund promised by Monday").findElement(By.cssSelector("[data-test='note-edited']"))
                .isDisplayed()).isTrue();
        assertThat(adaBrowser.driver().findElements(By.cssSelector("[data-test='note-text'] i"))).as("text, not markup")
                .isEmpty();
        adaBrowser.screenshot("notes-06-admin-sees-the-edit");

        noteWith(kimBrowser, "Refund promised by Monday").findElement(By.cssSelector("[data-test='delete-note']")).click();

        adaBrowser.waiting().until(d -> !notes(d).contains("Kim Notes: Refund promised by Monday <i>not Friday</i>"));
        kimBrowser.waiting().until(d -> !notes(d).contains("Kim Notes: Refund promised by Monday <i>not Friday</i>"));
        assertThat(notes(adaBrowser.driver())).containsExactly("Ada Notes: Warehouse says Monday");
        kimBrowser.screenshot("notes-07-author-deleted");
        kimBrowser.driver().navigate().refresh();
        kimBrowser.waiting().until(d -> !d.findElements(By.cssSelector("[data-test='note-list']")).isEmpty());
        assertThat(notes(kimBrowser.driver())).containsExactly("Ada Notes: Warehouse says Monday");
    }

    private static WebElement noteWith(HeadlessChromium browser, String text) {
        return browser.waiting().until(d -> d.findElements(By.cssSelector("[data-test='note']")).stream()
                .filter(li -> li.findElement(By.cssSelector("[data-test='note-text']")).getText().startsWith(text))
                .findFirst().orElse(null));
    }

    private static List<String> actionsOn(HeadlessChromium browser, String text) {
        return noteWith(browser, text).findElements(By.cssSelector(".note-actions button")).stream()
                .map(WebElement::getText).toList();
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
