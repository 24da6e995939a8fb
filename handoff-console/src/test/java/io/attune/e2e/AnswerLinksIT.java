package io.attune.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.attune.console.agent.AgentAccounts;
import io.attune.console.agent.Role;
import io.attune.e2e.ShopWidget.Line;
import io.attune.e2e.ShopWidget.Link;
import io.attune.engine.RoutineKnowledge;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Links an admin gives an answer (issues 11 and 14): refused in the form when unsafe, shown to the customer
 * as real links under the bot's answer (again after a reload), their labels as text, and to the agent as text.
 */
class AnswerLinksIT extends BrowserTest {

    private static final String ADMIN = "e2e-links-admin";
    private static final String INTENT = "check_refund_policy";
    /** The intent's "did you mean" title: a customer who sends it is sure to get that intent's answer. */
    private static final String QUESTION = "What is your returns policy?";
    private static final String MARKUP_LABEL = "<b>Terms</b> <img src=x onerror=alert(1)>";

    @Autowired
    AgentAccounts accounts;

    @Autowired
    Supplier<RoutineKnowledge> knowledge;

    private HeadlessChromium adminBrowser;
    private HeadlessChromium customerBrowser;

    @BeforeAll
    void startBrowsers() {
        AgentConsole.ensureAccount(accounts, ADMIN, "Lin Links", Role.ADMIN);
        adminBrowser = newBrowser(HeadlessChromium.DESKTOP);
        customerBrowser = newBrowser(HeadlessChromium.DESKTOP);
    }

    @Test
    void theCustomerFollowsTheAnswersLinksAndTheAgentReadsThem() {
        new AgentConsole(adminBrowser, baseUrl()).logIn(ADMIN);
        ChromeDriver admin = adminBrowser.driver();
        openIntent(admin);
        assertThat(admin.findElement(By.name("link1Label")).getAttribute("value")).isEqualTo("Returns policy");
        assertThat(admin.findElement(By.name("link1Url")).getAttribute("value")).isEqualTo("/#returns");

        saveLink2(admin, "Terms", "javascript:alert(document.cookie)");
        adminBrowser.waiting().until(d -> !d.findElements(By.cssSelector("[data-test='field-error']")).isEmpty());
        adminBrowser.screenshot("links-01-admin-refuses-javascript");
        WebElement error = admin.findElement(By.cssSelector("[data-test='field-error']"));
        assertThat(error.getText()).isEqualTo("Link 2: a link's address must start with https:// or with / (a path"
                + " on this site); javascript: links are refused");
        assertThat(error.getAttribute("id")).isEqualTo("link2Url-error");
        assertThat(admin.findElement(By.name("link2Url")).getAttribute("aria-describedby")).isEqualTo("link2Url-error");
        assertThat(admin.findElement(By.name("link2Url")).getAttribute("value")).as("what the admin typed stays")
                .isEqualTo("javascript:alert(document.cookie)");
        assertThat(linksInForce()).hasSize(1);

        try {
            saveLink2(admin, MARKUP_LABEL, "https://example.com/terms");
            await().atMost(Duration.ofSeconds(60)).until(() -> linksInForce().size() == 2);

            ShopWidget widget = new ShopWidget(customerBrowser, baseUrl()).forgetConversation().openChat();
            Line answer = widget.ask(QUESTION);
            customerBrowser.waiting().until(d -> widget.links().size() == 2);
            customerBrowser.screenshot("links-02-widget-answer-with-links");

            assertThat(answer.text()).contains("30 days");
            assertThat(widget.links()).containsExactly(
                    new Link(answer.seq(), "Returns policy", "/#returns", "noopener noreferrer", "_top", "Returns policy"),
                    new Link(answer.seq(), MARKUP_LABEL, "https://example.com/terms", "noopener noreferrer", "_blank",
                            "&lt;b&gt;Terms&lt;/b&gt; &lt;img src=x onerror=alert(1)&gt;"));
            assertThat(widget.element(By.id("messages")).findElements(By.tagName("img"))).isEmpty();
            assertThat(widget.element(By.id("messages")).findElements(By.tagName("b"))).isEmpty();
            assertThat(customerBrowser.showsAlert()).isFalse();

            widget.reload();
            widget.waitUntilOpen();
            customerBrowser.waiting().until(d -> widget.links().size() == 2);
            customerBrowser.screenshot("links-03-widget-links-after-reload");
            assertThat(widget.links()).extracting(Link::seq, Link::text, Link::href)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(answer.seq(), "Returns policy", "/#returns"),
                            org.assertj.core.groups.Tuple.tuple(answer.seq(), MARKUP_LABEL, "https://example.com/terms"));

            WebElement returns = widget.element(By.cssSelector("#messages .links a[href='/#returns']"));
            assertThat(returns.isDisplayed()).isTrue();
            returns.click();
            customerBrowser.waiting().until(d -> {
                d.switchTo().defaultContent();
                return d.getCurrentUrl().endsWith("/#returns");
            });

            admin.get(baseUrl() + "/console/conversations/" + widget.conversationId());
            adminBrowser.waiting().until(d -> !d.findElements(By.cssSelector("[data-test='link']")).isEmpty());
            adminBrowser.screenshot("links-04-console-transcript-links-as-text");
            assertThat(admin.findElements(By.cssSelector("#transcript [data-test='link']"))).extracting(WebElement::getText)
                    .containsExactly("Returns policy — /#returns", MARKUP_LABEL + " — https://example.com/terms");
            assertThat(admin.findElements(By.cssSelector("#transcript a[href^='https://example.com']"))).isEmpty();
            assertThat(admin.findElements(By.cssSelector("#transcript img"))).isEmpty();
        } finally {
            saveLink2(admin, "", "");
            await().atMost(Duration.ofSeconds(60)).until(() -> linksInForce().size() == 1);
        }
    }

    private void openIntent(ChromeDriver admin) {
        admin.get(baseUrl() + "/admin/knowledge/intents/" + INTENT);
        adminBrowser.waiting().until(d -> !d.findElements(By.name("link2Url")).isEmpty());
    }

    private void saveLink2(ChromeDriver admin, String label, String url) {
        openIntent(admin);
        WebElement labelField = admin.findElement(By.name("link2Label"));
        WebElement urlField = admin.findElement(By.name("link2Url"));
        labelField.clear();
        labelField.sendKeys(label);
        urlField.clear();
        urlField.sendKeys(url);
        admin.findElement(By.cssSelector("form[action$='/" + INTENT + "'] button[type='submit']")).click();
        adminBrowser.waiting().until(d -> !d.getCurrentUrl().endsWith("/intents/" + INTENT)
                || !d.findElements(By.cssSelector("[data-test='field-error']")).isEmpty());
    }

    private List<?> linksInForce() {
        return knowledge.get().answerFor(INTENT).orElseThrow().links();
    }
}
