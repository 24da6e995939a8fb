package io.attune.widget;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.app.AttuneApplication;
import io.attune.e2e.FailureEvidence;
import io.attune.e2e.HeadlessChromium;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A customer whose network has started too many new chats lately (two browsers on one machine are one
 * network) is told so in the widget, not left looking at an empty chat. Its own application: the limit is one new
 * chat per ten minutes here, which the shared end-to-end applications must not have.
 */
@SpringBootTest(classes = AttuneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:widget-limits;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                "attune.security.initial-admin.password=widget-limits-admin-password",
                "attune.limits.sessions-per-address=1/10m"})
@ExtendWith(FailureEvidence.class)
class TooManyChatsBrowserIT {

    @LocalServerPort
    int port;

    private final List<HeadlessChromium> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(HeadlessChromium::close);
    }

    @Test
    void aSecondCustomerFromTheSameNetworkOverTheLimitIsToldSoInTheWidget() {
        HeadlessChromium first = openChat();
        first.waiting().until(d -> !d.findElements(By.cssSelector("li.message.bot")).isEmpty());

        HeadlessChromium second = openChat();

        WebDriver browser = second.driver();
        second.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Too many"));
        assertThat(browser.findElement(By.id("status")).getText())
                .isEqualTo("Too many chats have been started from your network. Please try again in a few minutes.");
        assertThat(browser.findElements(By.cssSelector("li.message"))).isEmpty();
    }

    /** A new visitor (a fresh browser) on the demo shop opens the chat. */
    private HeadlessChromium openChat() {
        HeadlessChromium chromium = HeadlessChromium.start(HeadlessChromium.DESKTOP);
        browsers.add(chromium);
        WebDriver browser = chromium.driver();
        WebDriverWait wait = chromium.waiting();
        browser.get("http://localhost:" + port + "/");
        WebElement frame = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("iframe[data-attune]")));
        browser.switchTo().frame(frame);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("launcher"))).click();
        return chromium;
    }
}
