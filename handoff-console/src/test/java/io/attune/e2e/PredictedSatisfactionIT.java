package io.attune.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.admin.SeededConversations;
import io.attune.admin.SeededConversations.Seed;
import io.attune.console.agent.AgentAccounts;
import io.attune.console.agent.Role;
import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.ClosedBy;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.conversation.HandoffRecord;
import io.attune.engine.conversation.Survey;
import io.attune.engine.conversation.Turn;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.handoff.HandoffDecision;
import io.attune.engine.handoff.HandoffDecision.Verdict;
import io.attune.engine.handoff.HandoffReason;
import io.attune.engine.handoff.HandoffReason.Kind;
import io.attune.engine.handoff.PolicyTurn;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13, predicted satisfaction in the product: an ended conversation whose customer ended angry is listed as
 * likely dissatisfied, a calm one as likely satisfied; its review page quotes (as text) the angry turn that lowered
 * the prediction most; the analytics count the predictions.
 */
class PredictedSatisfactionIT extends BrowserTest {

    private static final String ADMIN = "e2e-predicted-admin";
    private static final String ANGRY_LAST = "<b>still nothing??</b> this is ridiculous, I'm done with you";

    @Autowired
    AgentAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    private HeadlessChromium browser;
    private final String word = "teapot" + UUID.randomUUID().toString().substring(0, 6);
    private ConversationId angry;
    private ConversationId calm;

    @BeforeAll
    void seedAndStartBrowser() {
        AgentConsole.ensureAccount(accounts, ADMIN, "Ada Predicted", Role.ADMIN);
        Instant t = Instant.now().minus(2, ChronoUnit.HOURS);
        new SeededConversations(jdbc).store(List.of(angryArc(t), calmArc(t)));
        browser = newBrowser(HeadlessChromium.DESKTOP);
    }

    @Test
    void anAngryEndingIsListedAsLikelyDissatisfiedAndItsReviewQuotesTheAngryTurn() {
        new AgentConsole(browser, baseUrl()).logIn(ADMIN);
        ChromeDriver driver = browser.driver();
        driver.get(baseUrl() + "/console/conversations?filter=closed&q=" + word);

        String angryListed = predictedIn(row(driver, angry));
        assertThat(angryListed).startsWith("Likely dissatisfied: ").endsWith("% chance of a 1 or 2");
        assertThat(percent(angryListed)).isGreaterThanOrEqualTo(50);
        String calmListed = predictedIn(row(driver, calm));
        assertThat(calmListed).startsWith("Likely satisfied: ");
        assertThat(percent(calmListed)).isLessThan(50);
        browser.screenshot("predicted-01-list");

        row(driver, angry).findElement(By.cssSelector("[data-test='inbox-review']")).click();
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/admin/conversations/" + angry));
        assertThat(driver.findElement(By.cssSelector("[data-test='predicted-words']")).getText())
                .isEqualTo("Likely dissatisfied");
        assertThat(driver.findElement(By.cssSelector("[data-test='predicted-chance']")).getText())
                .isEqualTo(angryListed.substring("Likely dissatisfied: ".length()));
        WebElement strongest = driver.findElements(By.cssSelector("[data-test='moving-turn']")).get(0);
        assertThat(strongest.findElement(By.cssSelector("[data-test='moving-direction']")).getText()).isEqualTo("lowered it");
        assertThat(strongest.findElement(By.cssSelector("[data-test='moving-quote']")).getText())
                .as("quoted as text, not markup").isEqualTo(ANGRY_LAST);
        assertThat(strongest.getText()).contains("turn 5");
        assertThat(driver.findElements(By.cssSelector("[data-test='moving-turn'] b"))).isEmpty();
        assertThat(browser.showsAlert()).isFalse();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.querySelector(\"[data-test='predicted']\").scrollIntoView()");
        browser.screenshot("predicted-02-review");

        driver.get(baseUrl() + "/admin/analytics?days=7");
        assertThat(Integer.parseInt(figure(driver, "predicted"))).isGreaterThanOrEqualTo(2);
        assertThat(figure(driver, "predictedDissatisfied")).matches("\\d+ \\([\\d.]+%\\)");
        assertThat(figure(driver, "predictedVsActual")).matches("[\\d.]+% · [\\d.]+% of \\d+");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('predicted').scrollIntoView()");
        browser.screenshot("predicted-03-analytics");
    }

    private static String predictedIn(WebElement row) {
        return row.findElement(By.cssSelector("[data-test='inbox-predicted']")).getText();
    }

    private static int percent(String listed) {
        Matcher m = Pattern.compile("(\\d+)% chance").matcher(listed);
        assertThat(m.find()).as(listed).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static WebElement row(ChromeDriver driver, ConversationId id) {
        return driver.findElement(By.cssSelector("[data-test='inbox-row'][data-conversation-id='" + id + "']"));
    }

    private static String figure(ChromeDriver driver, String name) {
        return driver.findElement(By.cssSelector("[data-figure='" + name + "']")).getText();
    }

    /** Handed over after a failed answer, the agent joins after 12 minutes, the customer ends angrier; rated 1. */
    private Seed angryArc(Instant t) {
        Instant handoffAt = t.plusSeconds(60);
        Instant joined = handoffAt.plusSeconds(12 * 60);
        HandoffRecord handoff = new HandoffRecord(new HandoffDecision(Verdict.HAND_OFF,
                List.of(new HandoffReason(Kind.EMOTION, "angry"))), 3, handoffAt, joined);
        ConversationSnapshot s = ConversationSnapshot.started(ConversationId.newId(), "Ivo Irate", t).withHandoff(handoff)
                .withAgent("pat", "Pat Predicted").withState(ConversationState.CLOSED, joined.plusSeconds(300))
                .withSurvey(new Survey(1, null, joined.plusSeconds(320))).withClosed(ClosedBy.AGENT, null, null);
        angry = s.id();
        return new Seed(s, List.of(
                customer(1, "Where is the refund for my " + word + "?", t, 0.2, "refund_status"),
                turn(2, Author.BOT, "Attune assistant", "Refunds take 5 to 7 days.", t.plusSeconds(2)),
                customer(3, "<i>I have asked three times</i>, get me a person", handoffAt, 0.8, PolicyTurn.NOT_UNDERSTOOD),
                turn(4, Author.AGENT, "Pat Predicted", "Hi, I'm looking into it.", joined.plusSeconds(5)),
                customer(5, ANGRY_LAST, joined.plusSeconds(240), 0.95, null),
                turn(6, Author.SYSTEM, null, "The conversation was closed.", joined.plusSeconds(300))));
    }

    /** Answered by the bot, the customer thanks it and leaves; rated 5. */
    private Seed calmArc(Instant t) {
        ConversationSnapshot s = ConversationSnapshot.started(ConversationId.newId(), "Cleo Calm", t)
                .withState(ConversationState.CLOSED, t.plusSeconds(90)).withSurvey(new Survey(5, null, t.plusSeconds(95)))
                .withClosed(ClosedBy.CUSTOMER, null, null);
        calm = s.id();
        return new Seed(s, List.of(customer(1, "Do you ship the " + word + " to Ireland?", t, 0.1, "shipping"),
                turn(2, Author.BOT, "Attune assistant", "Yes, in 3 to 5 days.", t.plusSeconds(2)),
                customer(3, "great, thank you", t.plusSeconds(60), 0.05, "thanks"),
                turn(4, Author.SYSTEM, null, "The conversation was closed.", t.plusSeconds(90))));
    }

    private static Turn customer(long seq, String text, Instant at, double anger, String intent) {
        EmotionReading reading = new EmotionReading(anger > 0.5 ? -0.7 : 0.2, List.of(0.2, 0.2, 0.2, 0.2, 0.2),
                Map.of(Emotion.ANGER, anger), Set.of());
        return new Turn(seq, Author.CUSTOMER, "Customer", text, at, "c-" + seq, reading, intent, List.of());
    }

    private static Turn turn(long seq, Author author, String name, String text, Instant at) {
        return new Turn(seq, author, name, text, at, null, null, null, List.of());
    }
}
