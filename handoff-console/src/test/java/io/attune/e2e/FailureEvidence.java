package io.attune.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;

/**
 * What a browser showed when a test failed, for the person reading a red build: for each browser still
 * open, {@code target/screenshots/failed-<Class>-<test>.png}, {@code .top.html} (the page),
 * {@code .frame.html} (the frame the test was in, when it was in one) and {@code .console.log} (the
 * browser's console, every frame). A test with several browsers gets {@code -browser2}, ... for the others.
 *
 * <p>It runs as the failure is thrown, before any {@code @AfterEach} closes a browser. Saving never hides
 * the failure: what could not be saved is attached to it as a suppressed exception.
 */
public final class FailureEvidence implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    private static final Path DIRECTORY = Path.of("target", "screenshots");

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        save(context, failure);
        throw failure;
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        save(context, failure);
        throw failure;
    }

    private static void save(ExtensionContext context, Throwable failure) {
        String name = "failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                + context.getTestMethod().map(m -> m.getName()).orElse("setup");
        List<HeadlessChromium> browsers = HeadlessChromium.open();
        for (int i = 0; i < browsers.size(); i++) {
            try {
                save(browsers.get(i).driver(), i == 0 ? name : name + "-browser" + (i + 1));
            } catch (RuntimeException | IOException e) {
                failure.addSuppressed(new IllegalStateException("could not save what browser " + (i + 1)
                        + " showed", e));
            }
        }
    }

    private static void save(ChromeDriver driver, String name) throws IOException {
        Files.createDirectories(DIRECTORY);
        Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), DIRECTORY.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
        if (Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window !== window.top;"))) {
            write(name + ".frame.html", driver.getPageSource());
        }
        driver.switchTo().defaultContent();
        write(name + ".top.html", driver.getPageSource());
        write(name + ".console.log", driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.toString()).collect(Collectors.joining("\n", "", "\n")));
    }

    private static void write(String file, String text) throws IOException {
        Files.writeString(DIRECTORY.resolve(file), text, StandardCharsets.UTF_8);
    }
}
