package io.attune.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.Turn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12: a message the server failed to store (here its conversation's row is held by another
 * transaction until the database gives up waiting, as during a database outage) comes back as a
 * {@code server-error} naming it; the widget says "Retrying…", sends it again with backoff, and once the
 * database answers it is stored once and shown as sent, never left "Sending…" nor marked "Not sent".
 */
class WidgetRetryIT extends BrowserTest {

    private static final String TEXT = "Is express delivery available on Sundays?";

    @Autowired
    DataSource dataSource;
    @Autowired
    ConversationEngine engine;

    private HeadlessChromium browser;

    @BeforeAll
    void startBrowser() {
        browser = newBrowser(HeadlessChromium.DESKTOP);
    }

    @Test
    void aMessageTheServerCouldNotStoreIsRetriedUntilStoredAndNeverMarkedNotSent() throws Exception {
        ShopWidget widget = new ShopWidget(browser, baseUrl()).forgetConversation().openChat();
        widget.ask("What delivery options do you have?");
        ConversationId id = ConversationId.parse(widget.conversationId());
        // "Retrying…" shows only until the next attempt (1.5 s): the page notes it when it appears.
        widget.element(By.id("messages"));
        browser.driver().executeScript("window.__retrying = false; new MutationObserver(() => {"
                + " if (Array.from(document.querySelectorAll('#messages li.pending .meta')).some(m => m.textContent === 'Retrying…'))"
                + " window.__retrying = true; }).observe(document.getElementById('messages'),"
                + " { subtree: true, childList: true, characterData: true });");

        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("SELECT id FROM conversations WHERE id = ? FOR UPDATE")) {
                lock.setObject(1, id.value());
                lock.executeQuery().close();
            }
            widget.element(By.id("input")).sendKeys(TEXT, Keys.ENTER);
            // The database gives up on the row after its lock timeout (10 s here): the server answers server-error.
            widget.element(By.id("messages"));
            browser.waiting().withTimeout(Duration.ofSeconds(45))
                    .withMessage(() -> "the widget to say Retrying…; it shows " + widget.lines() + ", error: " + widget.error())
                    .until(d -> Boolean.TRUE.equals(browser.driver().executeScript("return window.__retrying")));
            holder.rollback();
        }

        browser.waiting().withTimeout(Duration.ofSeconds(45)).withMessage(() -> "still pending: " + widget.lines())
                .until(d -> widget.lines().stream().anyMatch(l -> TEXT.equals(l.text()) && !l.pending()));
        assertThat(browser.driver().findElements(By.cssSelector("#messages li.message.failed"))).as("marked Not sent").isEmpty();
        assertThat(widget.error()).isEmpty();
        assertThat(engine.find(id).orElseThrow().turns()).extracting(Turn::text).containsOnlyOnce(TEXT);
    }
}
