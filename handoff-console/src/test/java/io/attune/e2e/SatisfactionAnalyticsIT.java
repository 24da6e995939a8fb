package io.attune.e2e;

import static io.attune.admin.SeededConversations.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.attune.admin.SeededConversations;
import io.attune.admin.SeededConversations.Seed;
import io.attune.console.Conversations;
import io.attune.console.agent.AgentAccounts;
import io.attune.console.agent.Role;
import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.conversation.HandoffRecord;
import io.attune.engine.conversation.Survey;
import io.attune.engine.conversation.Turn;
import io.attune.engine.emotion.Emotion;
import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.conversation.ClosedBy;
import io.attune.engine.handoff.HandoffDecision;
import io.attune.engine.handoff.HandoffDecision.Verdict;
import io.attune.engine.handoff.HandoffReason;
import io.attune.engine.handoff.HandoffReason.Kind;
import io.attune.widget.presence.PresenceProperties;
import io.attune.widget.store.CustomerPresenceRows;
import io.attune.widget.store.PresenceSweepStep;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Issue 13, "did it help?": the analytics page shows, per agent and per reason, how many upset customers calmed;
 * the case studies list the conversations where it went worst and export them anonymised; agents see neither.
 */
class SatisfactionAnalyticsIT extends BrowserTest {

    private static final String ADMIN = "e2e-satisfaction-admin";
    private static final String AGENT = "e2e-satisfaction-agent";
    /** The agent the seeded conversations were held by: unique, so other tests' conversations do not mix in. */
    private static final String HELD_BY = "Noor Deescalate";

    @Autowired
    AgentAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ConversationEngine engine;
    @Autowired
    CustomerPresenceRows presence;
    @Autowired
    PresenceProperties presenceRules;

    private HeadlessChromium adminBrowser;
    private HeadlessChromium agentBrowser;

    @BeforeAll
    void seedAndStartBrowsers() {
        AgentConsole.ensureAccount(accounts, ADMIN, "Ada Satisfaction", Role.ADMIN);
        AgentConsole.ensureAccount(accounts, AGENT, "Sam Satisfaction", Role.AGENT);
        Instant t = Instant.now().minus(2, ChronoUnit.HOURS);
        new SeededConversations(jdbc).store(List.of(held(t, 0.9, 0.2, 5), held(t, 0.8, 0.1, 4), held(t, 0.9, 0.7, 1),
                missed(t)));
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

    /**
     * A handed-over chat whose customer left while waiting (issue 14) counts as left, with its share of the handed-over
     * chats, and no longer as still waiting. Other browser tests share this database, so the page is read before and
     * after; the customer's leaving is the presence sweep's own step, run now on a customer last seen an hour ago.
     */
    @Test
    void anAdminSeesHowManyHandedOverChatsTheirCustomerLeftWhileWaiting() {
        ConversationId leaving = Conversations.waiting(engine, "Lee Leaving", "Is my parcel coming today?");
        Instant now = Instant.now();
        PresenceSweepStep sweep = new PresenceSweepStep(presence, presenceRules);
        presence.seen(leaving, now);
        sweep.sweep(now);
        new AgentConsole(adminBrowser, baseUrl()).logIn(ADMIN);
        ChromeDriver driver = adminBrowser.driver();
        driver.get(baseUrl() + "/admin/analytics?days=7");
        int[] before = leftOfHandedOver(driver);
        int waitingBefore = Integer.parseInt(figure(driver, "waiting"));

        assertThat(sweep.customerLeft(leaving, now)).contains(leaving);
        driver.navigate().refresh();

        int[] after = leftOfHandedOver(driver);
        assertThat(after[0]).as("left while waiting").isEqualTo(before[0] + 1);
        assertThat(after[1]).as("handed over").isEqualTo(before[1]);
        assertThat(Integer.parseInt(figure(driver, "waiting"))).as("still waiting").isEqualTo(waitingBefore - 1);
        Matcher share = Pattern.compile("\\d+ \\(([\\d.]+)% of \\d+ handed over\\)").matcher(figure(driver, "abandoned"));
        assertThat(share.matches()).as(figure(driver, "abandoned")).isTrue();
        assertThat(Double.parseDouble(share.group(1))).isCloseTo(100.0 * after[0] / after[1], within(0.05));
        adminBrowser.screenshot("satisfaction-03-left-while-waiting");
    }

    /** "Left while waiting": {left, handed over}, read from "3 (12.5% of 24 handed over)". */
    private static int[] leftOfHandedOver(ChromeDriver driver) {
        Matcher m = Pattern.compile("(\\d+) \\(.*% of (\\d+) handed over\\)").matcher(figure(driver, "abandoned"));
        assertThat(m.matches()).as(figure(driver, "abandoned")).isTrue();
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private static String figure(ChromeDriver driver, String name) {
        return driver.findElement(By.cssSelector("[data-figure='" + name + "']")).getText();
    }

    @Test
    void anAgentIsRefusedTheAnalytics() throws Exception {
        new AgentConsole(agentBrowser, baseUrl()).logIn(AGENT);
        ChromeDriver driver = agentBrowser.driver();
        driver.get(baseUrl() + "/admin/analytics");

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("No access");
        assertThat(driver.getPageSource()).doesNotContain(HELD_BY).doesNotContain("Did the customer calm down");
        assertThat(get(driver, "/admin/analytics").statusCode()).isEqualTo(403);
    }

    @Test
    void anAdminListsTheCaseStudiesWithTurningPointsAndDownloadsAnAnonymisedTranscript() throws Exception {
        new AgentConsole(adminBrowser, baseUrl()).logIn(ADMIN);
        ChromeDriver driver = adminBrowser.driver();
        driver.get(baseUrl() + "/admin");
        driver.findElement(By.linkText("Case studies")).click();
        adminBrowser.waiting().until(d -> d.getCurrentUrl().endsWith("/admin/case-studies"));

        WebElement row = driver.findElement(By.cssSelector("[data-test='case'][data-conversation-id='" + missedId + "']"));
        assertThat(row.findElement(By.cssSelector("[data-test='case-signals']")).getText())
                .contains("rated 1 or 2").contains("angry (0.6 or more) after the agent joined");
        List<String> points = row.findElements(By.cssSelector("[data-test='turning-point'] q")).stream()
                .map(WebElement::getText).toList();
        assertThat(points).contains("<b>WHERE</b> is order [order number]?? call me on [number]");
        assertThat(adminBrowser.showsAlert()).isFalse();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", row);
        adminBrowser.screenshot("satisfaction-02-case-studies");

        String href = row.findElement(By.cssSelector("[data-test='case-export']")).getDomAttribute("href");
        HttpResponse<String> export = get(driver, href);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/markdown"));
        assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("attachment"));
        assertThat(export.body()).contains("# Case study").contains("[order number]").contains("[email]")
                .doesNotContain("Rosa").doesNotContain("Okafor").doesNotContain("Remi").doesNotContain("Casework")
                .doesNotContain("S1000002").doesNotContain("07700").doesNotContain("rosa.o@example.com");
    }

    @Test
    void anAgentIsRefusedTheCaseStudiesAndTheirExport() throws Exception {
        new AgentConsole(agentBrowser, baseUrl()).logIn(AGENT);
        ChromeDriver driver = agentBrowser.driver();
        driver.get(baseUrl() + "/admin/case-studies");

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("No access");
        assertThat(get(driver, "/admin/case-studies").statusCode()).isEqualTo(403);
        assertThat(get(driver, "/admin/case-studies/" + missedId + "/transcript.md").statusCode()).isEqualTo(403);
    }

    private ConversationId missedId;

    /** Rated 1, angry again after the agent joined; names, an e-mail, a phone and an order number in the text. */
    private Seed missed(Instant t) {
        Instant joined = t.plusSeconds(30);
        HandoffRecord handoff = new HandoffRecord(new HandoffDecision(Verdict.HAND_OFF,
                List.of(new HandoffReason(Kind.EMOTION, "angry"))), 1, t, joined);
        ConversationSnapshot s = ConversationSnapshot.started(ConversationId.newId(), "Rosa Okafor", t).withHandoff(handoff)
                .withAgent("remi", "Remi Casework").withState(ConversationState.CLOSED, t)
                .withSurvey(new Survey(1, null, t)).withClosed(ClosedBy.CUSTOMER, null, null);
        missedId = s.id();
        return new Seed(s, List.of(
                text(1, Author.CUSTOMER, "Rosa Okafor", "this is Rosa, my boots S1000002 never came", t, upset(0.7)),
                text(2, Author.AGENT, "Remi Casework", "Hi Rosa, Remi here. Let me look.", joined.plusSeconds(5), null),
                text(3, Author.CUSTOMER, "Rosa Okafor", "<b>WHERE</b> is order S1000002?? call me on 07700 900123",
                        joined.plusSeconds(60), upset(0.9)),
                text(4, Author.CUSTOMER, "Rosa Okafor", "or email rosa.o@example.com", joined.plusSeconds(90), upset(0.8))));
    }

    private static Turn text(long seq, Author author, String name, String text, Instant at, EmotionReading reading) {
        return new Turn(seq, author, name, text, at, "m-" + seq, reading, null, List.of());
    }

    /** A GET with the browser's own session cookie. */
    HttpResponse<String> get(ChromeDriver driver, String path) throws Exception {
        String session = driver.manage().getCookieNamed("SESSION").getValue();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Cookie", "SESSION=" + session)
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
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
