package io.attune.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.console.agent.AgentAccounts;
import io.attune.console.agent.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** The README's /admin link, a page that does not exist and a page an agent may not see, in a real browser (issue 14, defect 5). */
class BrandedPagesIT extends BrowserTest {

    private static final String ADMIN = "e2e-pages-admin";
    private static final String AGENT = "e2e-pages-agent";

    @Autowired
    AgentAccounts accounts;

    private HeadlessChromium adminBrowser;
    private HeadlessChromium agentBrowser;

    @BeforeAll
    void startBrowsers() {
        AgentConsole.ensureAccount(accounts, ADMIN, "Ada Admin", Role.ADMIN);
        AgentConsole.ensureAccount(accounts, AGENT, "Sam Agent", Role.AGENT);
        adminBrowser = newBrowser(HeadlessChromium.DESKTOP);
        agentBrowser = newBrowser(HeadlessChromium.DESKTOP);
    }

    @Test
    void adminIndexLinksEveryAdminPage() {
        new AgentConsole(adminBrowser, baseUrl()).logIn(ADMIN);
        ChromeDriver driver = adminBrowser.driver();
        driver.get(baseUrl() + "/admin");
        adminBrowser.screenshot("pages-01-admin-index");

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Administration");
        List<String> links = driver.findElements(By.cssSelector("[data-test='admin-pages'] a")).stream()
                .map(WebElement::getText).toList();
        assertThat(links).contains("Thresholds", "Knowledge base", "Analytics", "Users");
        driver.findElement(By.linkText("Thresholds")).click();
        adminBrowser.waiting().until(d -> d.getCurrentUrl().endsWith("/admin/thresholds"));
        assertThat(driver.getPageSource()).doesNotContain("Whitelabel");
    }

    @Test
    void satisfactionWithNoRatingsSaysSoInsteadOfZero() {
        new AgentConsole(adminBrowser, baseUrl()).logIn(ADMIN);
        ChromeDriver driver = adminBrowser.driver();
        driver.get(baseUrl() + "/admin/analytics");

        assertThat(driver.findElement(By.cssSelector("[data-figure='satisfactionSplit']")).getText())
                .matches("(no ratings|\\d\\.\\d\\d from \\d+) · (no ratings|\\d\\.\\d\\d from \\d+)");
    }

    @Test
    void anAgentOnAnAdminPageIsToldItIsForAdmins() {
        new AgentConsole(agentBrowser, baseUrl()).logIn(AGENT);
        ChromeDriver driver = agentBrowser.driver();
        driver.get(baseUrl() + "/admin/thresholds");
        agentBrowser.screenshot("pages-02-agent-no-access");

        assertThat(driver.getPageSource()).doesNotContain("Whitelabel");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("No access");
        assertThat(driver.findElement(By.cssSelector("[data-test='current-agent']")).getText()).isEqualTo("Sam Agent");
        driver.findElement(By.linkText("Back to the console")).click();
        agentBrowser.waiting().until(d -> d.getCurrentUrl().endsWith("/console"));
    }

    @Test
    void aPageThatDoesNotExistIsBrandedNotFound() {
        new AgentConsole(agentBrowser, baseUrl()).logIn(AGENT);
        ChromeDriver driver = agentBrowser.driver();
        driver.get(baseUrl() + "/console/no-such-page");
        agentBrowser.screenshot("pages-03-not-found");

        assertThat(driver.getPageSource()).doesNotContain("Whitelabel");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
    }

    @Test
    void theSiteHasAFavicon() throws Exception {
        HttpResponse<byte[]> icon = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("icon"));
        assertThat(icon.body()).startsWith((byte) 0, (byte) 0, (byte) 1, (byte) 0);
    }
}
