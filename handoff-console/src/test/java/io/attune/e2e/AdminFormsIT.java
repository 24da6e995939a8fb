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

/** The admin's forms in a real browser (issue 14, defect 7): every mistake reported at once. */
class AdminFormsIT extends BrowserTest {

    private static final String ADMIN = "e2e-forms-admin";

    @Autowired
    AgentAccounts accounts;

    private HeadlessChromium browser;

    @BeforeAll
    void startBrowser() {
        AgentConsole.ensureAccount(accounts, ADMIN, "Fran Forms", Role.ADMIN);
        browser = newBrowser(HeadlessChromium.DESKTOP);
    }

    @Test
    void savingTwoInvalidThresholdsReportsBothBesideTheirFields() {
        new AgentConsole(browser, baseUrl()).logIn(ADMIN);
        ThresholdsPage page = new ThresholdsPage(browser, baseUrl()).open();
        page.type("frustration", "high").type("anger", "1.5");
        ChromeDriver driver = browser.driver();
        driver.findElement(By.cssSelector("#thresholds button[type='submit']")).click();
        browser.waiting().until(d -> !d.findElements(By.cssSelector(".field-error")).isEmpty());
        browser.screenshot("admin-forms-01-two-errors");

        List<String> errors = driver.findElements(By.cssSelector(".field-error")).stream().map(WebElement::getText)
                .toList();
        assertThat(errors).containsExactlyInAnyOrder("Frustration must be a number such as 0.75",
                "Anger must be between 0.05 and 1");
        assertThat(page.value("frustration")).as("what the admin typed stays").isEqualTo("high");
    }
}
