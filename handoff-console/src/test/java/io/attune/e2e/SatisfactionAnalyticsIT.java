package io.attune.e2e;

import static io.attune.admin.SeededConversations.customer;
import static org.assertj.core.api.Assertions.assertThat;

import io.attune.admin.SeededConversations;
import io.attune.admin.SeededConversations.Seed;
import io.attune.console.agent.AgentAccounts;
import io.attune.console.agent.Role;
import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.conversation.HandoffRecord;
import io.attune.engine.conversation.Survey;
import io.attune.engine.conversation.Turn;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.event.EngineEvent.ClosedBy;
import io.attune.engine.handoff.HandoffDecision;
import io.attune.engine.handoff.HandoffDecision.Verdict;
import io.attune.engine.handoff.HandoffReason;
import io.attune.engine.handoff.HandoffReason.Kind;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 13, "did it help?": the analytics page shows, per agent and per reason, how many upset customers calmed. */
class SatisfactionAnalyticsIT extends BrowserTest {

    private static final String ADMIN = "e2e-satisfaction-admin";
    private static final String AGENT = "e2e-satisfaction-agent";
    /** The agent the seeded conversations were held by: unique, so other tests' conversations do not mix in. */
    private static final String HELD_BY = "Noor Deescalate";

    @Autowired
    AgentAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    private HeadlessChromium adminBrowser;
    private HeadlessChromium agentBrowser;

    @BeforeAll
    void seedAndStartBrowsers() {
        AgentConsole.ensureAccount(accounts, ADMIN, "Ada Satisfaction", Role.ADMIN);
        AgentConsole.ensureAccount(accounts, AGENT, "Sam Satisfaction", Role.AGENT);
        Instant t = Instant.now().minus(2, ChronoUnit.HOURS);
        new SeededConversations(jdbc).store(List.of(held(t, 0.9, 0.2, 5), held(t, 0.8, 0.1, 4), held(t, 0.9, 0.7, 1)));
        adminBrowser = newBrowser(HeadlessChromium.DESKTOP);
        agentBrowser = newBrowser(HeadlessChromium.DESKTOP);
    }

    @Test
    void anAdminSeesTheShareDeescalatedTheTimeToCalmAndTheRatingsOfEachAgent() {
        new AgentConsole(adminBrowser, baseUrl()).logIn(ADMIN);
        ChromeDriver driver = adminBrowser.driver();
        driver.get(baseUrl() + "/admin/analytics?days=7");

        WebElement row = driver.findElement(By.cssSelector(
                "[data-test='deescalation-by-agent'] [data-test='deescalation-row'][data-label='" + HELD_BY + "']"));
        assertThat(row.findElement(By.cssSelector("[data-test='deescalated']")).getText()).isEqualTo("67% (2 of 3)");
        assertThat(row.findElement(By.cssSelector("[data-test='time-to-calm']")).getText()).isEqualTo("2.0 min");
        assertThat(row.findElement(By.cssSelector("[data-test='csat']")).getText()).isEqualTo("3.3 from 3");
        assertThat(driver.findElement(By.cssSelector("[data-test='deescalation-by-reason']")).getText())
                .contains("threat to leave");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('deescalation').scrollIntoView()");
        adminBrowser.screenshot("satisfaction-01-deescalation");
    }

    @Test
    void anAgentIsRefusedTheAnalytics() throws Exception {
        new AgentConsole(agentBrowser, baseUrl()).logIn(AGENT);
        ChromeDriver driver = agentBrowser.driver();
        driver.get(baseUrl() + "/admin/analytics");

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("No access");
        assertThat(driver.getPageSource()).doesNotContain(HELD_BY).doesNotContain("Did the customer calm down");
        assertThat(statusAsAgent(driver, "/admin/analytics")).isEqualTo(403);
    }

    /** The HTTP status of a GET with the browser's own session cookie. */
    int statusAsAgent(ChromeDriver driver, String path) throws Exception {
        String session = driver.manage().getCookieNamed("SESSION").getValue();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Cookie", "SESSION=" + session)
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Upset {@code atHandoff} at the handoff (seq 2); the agent joins; the customer writes twice more. */
    private static Seed held(Instant t, double atHandoff, double last, int rating) {
        Instant joined = t.plusSeconds(30);
        HandoffRecord handoff = new HandoffRecord(new HandoffDecision(Verdict.HAND_OFF,
                List.of(new HandoffReason(Kind.THREAT_TO_LEAVE, "leave"))), 2, t, joined);
        ConversationSnapshot s = ConversationSnapshot.started(ConversationId.newId(), "Customer", t).withHandoff(handoff)
                .withAgent("noor", HELD_BY).withState(ConversationState.CLOSED, t)
                .withSurvey(new Survey(rating, null, t)).withClosed(ClosedBy.CUSTOMER, null, null);
        Turn agentTurn = new Turn(3, Author.AGENT, HELD_BY, "I am sorry, let me fix this now", joined.plusSeconds(5),
                "a-3", null, null, List.of());
        return new Seed(s, List.of(customer(1, t, upset(0.1), null), customer(2, t, upset(atHandoff), null), agentTurn,
                customer(4, joined.plusSeconds(40), upset(0.6), null),
                customer(5, joined.plusSeconds(120), upset(last), null)));
    }

    private static EmotionReading upset(double frustration) {
        return new EmotionReading(-0.4, List.of(0.2, 0.2, 0.2, 0.2, 0.2), Map.of(Emotion.FRUSTRATION, frustration), Set.of());
    }
}
