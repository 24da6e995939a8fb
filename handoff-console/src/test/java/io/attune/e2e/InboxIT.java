package io.attune.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.console.Conversations;
import io.attune.console.agent.AgentAccounts;
import io.attune.console.agent.Role;
import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.ConversationId;
import io.attune.widget.presence.PresenceProperties;
import io.attune.widget.store.CustomerPresenceRows;
import io.attune.widget.store.PresenceSweepStep;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The conversation list (issue 14, inbox basics) with two agents in two browsers, then an admin: each agent
 * finds by a word of its transcript the conversations waiting and their own, never the other's; the filters
 * narrow it; an agent opens the one they hold; the admin sees all and opens a review from the list.
 */
class InboxIT extends BrowserTest {

    private static final String KIM = "e2e-inbox-kim";
    private static final String LOU = "e2e-inbox-lou";
    private static final String ADMIN = "e2e-inbox-admin";

    @Autowired
    AgentAccounts accounts;
    @Autowired
    ConversationEngine engine;
    @Autowired
    CustomerPresenceRows presence;
    @Autowired
    PresenceProperties presenceRules;

    private HeadlessChromium kimBrowser;
    private HeadlessChromium louBrowser;

    @BeforeAll
    void startBrowsers() {
        AgentConsole.ensureAccount(accounts, KIM, "Kim Inbox", Role.AGENT);
        AgentConsole.ensureAccount(accounts, LOU, "Lou Inbox", Role.AGENT);
        AgentConsole.ensureAccount(accounts, ADMIN, "Ada Inbox", Role.ADMIN);
        kimBrowser = newBrowser(HeadlessChromium.DESKTOP);
        louBrowser = newBrowser(HeadlessChromium.DESKTOP);
    }

    @Test
    void agentsFindTheirOwnAndWaitingConversationsAndAnAdminReviewsAnyFromTheList() {
        String word = "kettle" + UUID.randomUUID().toString().substring(0, 6);
        ConversationId waiting = Conversations.waiting(engine, "Wren Waiting", "My " + word + " arrived broken");
        ConversationId kims = Conversations.heldBy(engine, KIM, "Kim Inbox", "Kai Held", "The " + word + " leaks");
        ConversationId lous = Conversations.heldBy(engine, LOU, "Lou Inbox", "Lia Held", "Refund my " + word);
        ConversationId bots = engine.open("Bo Bot").id();
        engine.customerSays(bots, "b1", "Do you sell a blue " + word + "?");

        ChromeDriver kim = kimBrowser.driver();
        new AgentConsole(kimBrowser, baseUrl()).logIn(KIM);
        kim.findElement(By.cssSelector("[data-test='nav-conversations']")).click();
        search(kimBrowser, word.toUpperCase());
        assertThat(customers(kim)).containsExactlyInAnyOrder("Wren Waiting", "Kai Held");
        assertThat(row(kim, kims).findElement(By.cssSelector("[data-test='inbox-state']")).getText()).isEqualTo("With Kim Inbox");
        // Its latest turn is the bot's long answer to the request for a person (nobody was online yet): shortened.
        assertThat(row(kim, waiting).findElement(By.cssSelector("[data-test='inbox-preview']")).getText())
                .startsWith("I'd like a person to help you").endsWith("…").hasSizeLessThanOrEqualTo(140);
        kimBrowser.screenshot("inbox-01-agent-search");

        ChromeDriver lou = louBrowser.driver();
        new AgentConsole(louBrowser, baseUrl()).logIn(LOU);
        lou.get(baseUrl() + "/console/conversations");
        search(louBrowser, word);
        assertThat(customers(lou)).containsExactlyInAnyOrder("Wren Waiting", "Lia Held");
        lou.findElement(By.cssSelector("[data-test='inbox-filter'][data-filter='waiting']")).click();
        louBrowser.waiting().until(d -> d.getCurrentUrl().contains("filter=waiting"));
        assertThat(customers(lou)).containsExactly("Wren Waiting");
        assertThat(lou.findElement(By.id("q")).getDomProperty("value")).as("the search stays").isEqualTo(word);
        assertThat(row(lou, waiting).findElements(By.cssSelector("[data-test='inbox-open']"))).as("take it in the queue")
                .isEmpty();
        louBrowser.screenshot("inbox-02-other-agent-waiting");

        row(kim, kims).findElement(By.cssSelector("[data-test='inbox-open']")).click();
        kimBrowser.waiting().until(d -> d.getCurrentUrl().endsWith("/console/conversations/" + kims));
        assertThat(kim.findElement(By.cssSelector("[data-test='reply-box']")).isDisplayed()).isTrue();

        lou.manage().deleteAllCookies();
        new AgentConsole(louBrowser, baseUrl()).logIn(ADMIN);
        lou.get(baseUrl() + "/console/conversations");
        search(louBrowser, word);
        assertThat(customers(lou)).containsExactlyInAnyOrder("Wren Waiting", "Kai Held", "Lia Held", "Bo Bot");
        lou.findElement(By.cssSelector("[data-test='inbox-filter'][data-filter='bot']")).click();
        louBrowser.waiting().until(d -> d.getCurrentUrl().contains("filter=bot"));
        assertThat(customers(lou)).containsExactly("Bo Bot");
        louBrowser.screenshot("inbox-03-admin-with-the-bot");
        row(lou, bots).findElement(By.cssSelector("[data-test='inbox-review']")).click();
        louBrowser.waiting().until(d -> d.getCurrentUrl().endsWith("/admin/conversations/" + bots));
        assertThat(lou.findElement(By.tagName("h1")).getText()).isEqualTo("Conversation with Bo Bot");
    }

    /**
     * A customer who left while waiting (issue 14): not under "Waiting", which lists only the chats whose customer
     * is still there, as the queue does, but under "Left while waiting" with a badge saying so, and no offer to take
     * it in the queue. The customer's leaving is the presence sweep's own step run now on a customer last seen an
     * hour ago, instead of waiting minutes for the scheduled sweep.
     */
    @Test
    void aChatWhoseCustomerLeftWhileWaitingIsListedAsLeftNotAsWaiting() {
        String word = "parcel" + UUID.randomUUID().toString().substring(0, 6);
        ConversationId here = Conversations.waiting(engine, "Hana Here", "My " + word + " is late");
        ConversationId gone = Conversations.waiting(engine, "Gil Gone", "Where is my " + word + "?");
        Instant now = Instant.now();
        presence.seen(here, now);
        assertThat(new PresenceSweepStep(presence, presenceRules).customerLeft(gone, now)).contains(gone).doesNotContain(here);

        ChromeDriver kim = kimBrowser.driver();
        new AgentConsole(kimBrowser, baseUrl()).logIn(KIM);
        kim.get(baseUrl() + "/console/conversations?filter=waiting");
        search(kimBrowser, word);
        assertThat(customers(kim)).containsExactly("Hana Here");
        assertThat(row(kim, here).findElements(By.cssSelector("[data-test='inbox-queue']"))).hasSize(1);

        kim.findElement(By.cssSelector("[data-test='inbox-filter'][data-filter='left']")).click();
        kimBrowser.waiting().until(d -> d.getCurrentUrl().contains("filter=left"));
        assertThat(customers(kim)).containsExactly("Gil Gone");
        WebElement left = row(kim, gone);
        assertThat(left.findElement(By.cssSelector("[data-test='inbox-state']")).getText())
                .isEqualTo("Left while waiting for a person");
        assertThat(left.findElement(By.cssSelector("[data-test='inbox-left']")).getText()).isEqualTo("Customer left");
        assertThat(left.findElements(By.cssSelector("[data-test='inbox-queue']"))).as("it is not in the queue").isEmpty();
        assertThat(left.findElement(By.cssSelector("[data-test='inbox-not-queued']")).getText())
                .isEqualTo("Out of the queue until the customer comes back");
        kimBrowser.screenshot("inbox-04-left-while-waiting");
        assertThat(Axe.violations(kim, "conversation list, left while waiting")).isEmpty();

        kim.findElement(By.cssSelector("[data-test='inbox-filter'][data-filter='all']")).click();
        kimBrowser.waiting().until(d -> d.getCurrentUrl().contains("filter=all"));
        assertThat(customers(kim)).containsExactlyInAnyOrder("Hana Here", "Gil Gone");
        assertThat(row(kim, here).findElements(By.cssSelector("[data-test='inbox-left']"))).isEmpty();
        assertThat(row(kim, gone).findElements(By.cssSelector("[data-test='inbox-left']"))).hasSize(1);
    }

    private static void search(HeadlessChromium browser, String text) {
        WebElement box = browser.driver().findElement(By.cssSelector("[data-test='inbox-search']"));
        box.clear();
        box.sendKeys(text, Keys.ENTER);
        browser.waiting().until(d -> d.getCurrentUrl().contains("q="));
    }

    private static List<String> customers(ChromeDriver driver) {
        return driver.findElements(By.cssSelector("[data-test='inbox-customer']")).stream().map(WebElement::getText).toList();
    }

    private static WebElement row(ChromeDriver driver, ConversationId id) {
        return driver.findElement(By.cssSelector("[data-test='inbox-row'][data-conversation-id='" + id + "']"));
    }
}
