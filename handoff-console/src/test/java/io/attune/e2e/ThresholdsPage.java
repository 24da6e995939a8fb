package io.attune.e2e;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The admin's handoff thresholds page: change values, run the what-if, save. */
final class ThresholdsPage {

    private static final By RESULT = By.id("what-if-result");

    private final HeadlessChromium browser;
    private final ChromeDriver driver;
    private final String url;

    ThresholdsPage(HeadlessChromium browser, String baseUrl) {
        this.browser = browser;
        this.driver = browser.driver();
        this.url = baseUrl + "/admin/thresholds";
    }

    ThresholdsPage open() {
        driver.get(url);
        browser.waiting().until(visibilityOfElementLocated(By.id("thresholds")));
        return this;
    }

    /** The value a field shows, by its form name ("anger", "emotionTurns"). */
    String value(String field) {
        return driver.findElement(By.id(field)).getDomProperty("value");
    }

    ThresholdsPage type(String field, String value) {
        WebElement input = driver.findElement(By.id(field));
        input.clear();
        input.sendKeys(value);
        return this;
    }

    /** Clicks "What if…" and waits for the replay's figures. */
    ThresholdsPage runWhatIf() {
        driver.findElement(By.id("what-if-run")).click();
        WebElement result = browser.waiting().until(visibilityOfElementLocated(RESULT));
        // The figures open below the form: the admin scrolls down to read them.
        driver.executeScript("arguments[0].scrollIntoView()", result);
        return this;
    }

    /** A figure of the what-if result, by its data-figure name ("currentHandoffs", "extra"). */
    String figure(String name) {
        return driver.findElement(By.cssSelector("#what-if-result [data-figure='" + name + "']")).getText();
    }

    /** Clicks "Save thresholds" and answers the notice the page shows after it. */
    String save() {
        browser.waiting().until(elementToBeClickable(By.cssSelector("#thresholds button[type='submit']"))).click();
        return browser.waiting().until(visibilityOfElementLocated(By.cssSelector("main > p.notice"))).getText();
    }

    /** The text of the newest change in the page's history table. */
    String latestChange() {
        return driver.findElement(By.cssSelector("#history tbody tr")).getText();
    }
}
