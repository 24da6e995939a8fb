package io.attune.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.console.agent.AgentAccounts;
import io.attune.console.agent.Role;
import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.ConversationId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Zero axe-core violations on every page and widget state (issue 14, defect 8): the customer's widget closed,
 * open, answering and asking for a rating, on desktop and phone; the login page; the agent's console and a
 * conversation; each admin page; an error page.
 */
class AccessibilityIT extends BrowserTest {

    private static final String ADMIN = "e2e-axe-admin";

    @Autowired
    AgentAccounts accounts;
    @Autowired
    ConversationEngine engine;

    private HeadlessChromium desktop;
    private HeadlessChromium phone;

    @BeforeAll
    void startBrowsers() {
        AgentConsole.ensureAccount(accounts, ADMIN, "Axel Admin", Role.ADMIN);
        desktop = newBrowser(HeadlessChromium.DESKTOP);
        phone = newBrowser(HeadlessChromium.PHONE);
    }

    @Test
    void theWidgetHasNoAccessibilityViolationsInAnyState() {
        List<String> found = new ArrayList<>();
        ShopWidget widget = new ShopWidget(desktop, baseUrl()).forgetConversation();
        found.addAll(Axe.violations(desktop.driver(), "shop, chat closed"));
        widget.openChat();
        desktop.waiting().until(d -> !widget.lines().isEmpty());
        found.addAll(Axe.violations(desktop.driver(), "chat open with suggested replies"));
        widget.ask("What delivery options do you have?");
        found.addAll(Axe.violations(desktop.driver(), "chat with an answer"));
        widget.ask("What is your returns policy?");
        desktop.waiting().until(d -> !widget.links().isEmpty());
        found.addAll(Axe.violations(desktop.driver(), "chat with an answer carrying a link"));
        widget.endChat();
        found.addAll(Axe.violations(desktop.driver(), "survey"));

        ShopWidget onPhone = new ShopWidget(phone, baseUrl()).forgetConversation().openChat();
        onPhone.ask("Where is my order?");
        found.addAll(Axe.violations(phone.driver(), "phone, chat open"));

        assertThat(found).isEmpty();
    }

    @Test
    void theConsoleAndAdminPagesHaveNoAccessibilityViolations() {
        List<String> found = new ArrayList<>();
        ChromeDriver driver = desktop.driver();
        driver.manage().deleteAllCookies();
        driver.get(baseUrl() + "/login");
        found.addAll(Axe.violations(driver, "login"));

        ConversationId id = engine.open("Ada Axe").id();
        engine.customerSays(id, "a1", "This is ridiculous, I want to talk to a person now!");
        AgentConsole console = new AgentConsole(desktop, baseUrl()).logIn(ADMIN);
        console.waitInQueue(id.toString());
        found.addAll(Axe.violations(driver, "console with a waiting conversation"));
        console.claim(id.toString());
        found.addAll(Axe.violations(driver, "conversation"));
        driver.findElement(By.cssSelector("[data-test='note-box']")).sendKeys("Seems upset about the delay");
        driver.findElement(By.cssSelector("[data-test='add-note']")).click();
        desktop.waiting().until(d -> !d.findElements(By.cssSelector("[data-test='note']")).isEmpty());
        found.addAll(Axe.violations(driver, "conversation with a note"));

        for (String page : List.of("/console/conversations", "/console/conversations?filter=waiting&q=ridiculous", "/admin", "/admin/thresholds", "/admin/knowledge",
                "/admin/knowledge/intents/delivery_options", "/admin/knowledge/intents/check_refund_policy", "/admin/analytics", "/admin/case-studies", "/admin/replies", "/admin/users",
                "/admin/conversations/" + id, "/console/no-such-page")) {
            driver.get(baseUrl() + page);
            desktop.waiting().until(d -> !d.findElements(By.tagName("h1")).isEmpty());
            found.addAll(Axe.violations(driver, page));
        }
        driver.get(baseUrl() + "/admin/thresholds");
        new ThresholdsPage(desktop, baseUrl()).runWhatIf();
        found.addAll(Axe.violations(driver, "what-if result"));

        assertThat(found).isEmpty();
    }
}
