package io.attune.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.console.agent.AgentAccounts;
import io.attune.console.agent.Role;
import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationState;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12: what a customer says while an agent's console is cut off (a broker relay down, a dropped
 * network) is not lost to the agent: once the console connects again, its conversation page shows it,
 * though the live event was published while nobody could hear it.
 */
class ConsoleCatchUpIT extends BrowserTest {

    private static final String AGENT = "e2e-cato";
    private static final String AGENT_NAME = "Cato Ruiz";
    /**
     * Run before the page's own scripts: keeps every WebSocket the page opens, and while {@code __offline}
     * is set sends new ones to a path with no socket, so the console's reconnects fail as they would
     * against a relay that is down.
     */
    private static final String CUTTABLE_SOCKETS = """
            (() => {
              const Real = window.WebSocket;
              window.__sockets = [];
              window.__offline = false;
              function Cuttable(url, protocols) {
                const socket = new Real(window.__offline ? String(url).replace(/\\/ws$/, '/no-socket-here') : url, protocols);
                window.__sockets.push(socket);
                return socket;
              }
              Cuttable.prototype = Real.prototype;
              Object.assign(Cuttable, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
              window.WebSocket = Cuttable;
            })();
            """;

    @Autowired
    AgentAccounts accounts;
    @Autowired
    ConversationEngine engine;

    private HeadlessChromium agentBrowser;

    @BeforeAll
    void startBrowser() {
        AgentConsole.ensureAccount(accounts, AGENT, AGENT_NAME, Role.AGENT);
        agentBrowser = newBrowser(HeadlessChromium.DESKTOP);
        agentBrowser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CUTTABLE_SOCKETS));
    }

    @Test
    void whatTheCustomerSaidWhileTheConsoleWasCutOffShowsOnceItConnectsAgain() {
        ConversationId id = engine.open("Robin").id();
        engine.customerSays(id, "c1", "Where is my parcel? It was due on Monday.");
        engine.customerSays(id, "c2", "I am absolutely furious, I want to talk to a person right now!!");
        assertThat(engine.find(id).orElseThrow().state()).isEqualTo(ConversationState.WAITING_FOR_AGENT);
        engine.agentJoins(id, AGENT, AGENT_NAME);
        AgentConsole console = new AgentConsole(agentBrowser, baseUrl()).logIn(AGENT).open(id.toString());
        ChromeDriver driver = agentBrowser.driver();
        agentBrowser.waiting().until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return window.__sockets.some(s => s.readyState === 1)")));
        engine.customerSays(id, "c3", "Hello? Is anyone reading this?");
        console.waitForCustomerLine("Hello? Is anyone reading this?");

        driver.executeScript("window.__offline = true; window.__sockets.forEach(s => s.close());");
        agentBrowser.waiting().until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return window.__sockets.every(s => s.readyState === 3)")));
        engine.customerSays(id, "c4", "I'll wait, but please answer soon.");
        assertThat(console.transcript()).noneMatch(l -> l.text().equals("I'll wait, but please answer soon."));
        driver.executeScript("window.__offline = false;");

        console.waitForCustomerLine("I'll wait, but please answer soon.");
        assertThat(console.transcript().stream().filter(l -> "CUSTOMER".equals(l.author())).map(AgentConsole.Line::text))
                .as("each line once, in order").containsSubsequence("Hello? Is anyone reading this?",
                        "I'll wait, but please answer soon.")
                .doesNotHaveDuplicates();
    }
}
