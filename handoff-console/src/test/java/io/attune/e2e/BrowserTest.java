package io.attune.e2e;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test class shares: the application on its port and the browsers the class starts once
 * (reused by its tests: a browser takes seconds to start) and closes at the end, and what they showed when
 * a test failed ({@link FailureEvidence}).
 */
@EndToEndTest
@ExtendWith(FailureEvidence.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    @LocalServerPort
    int port;

    private final List<HeadlessChromium> browsers = new ArrayList<>();

    HeadlessChromium newBrowser(Dimension size) {
        HeadlessChromium browser = HeadlessChromium.start(size);
        browsers.add(browser);
        return browser;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    @AfterAll
    void closeBrowsers() {
        browsers.forEach(HeadlessChromium::close);
    }
}
