package io.attune.console.load;

import io.attune.console.agent.AgentAccount;
import io.attune.console.agent.AgentAccounts;
import io.attune.console.presence.AgentAvailability;
import io.attune.engine.load.AgentLoad;
import io.attune.engine.load.HeldChat;
import io.attune.engine.load.LoadRules;
import io.attune.engine.load.LoadSharing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/** The team's emotional loads now, under the rules in force: what the queue, transfers and the supervisor read. */
@Service
public class TeamLoad {

    private final ChatLoads loads;
    private final LiveLoadRules rules;
    private final AgentAvailability availability;
    private final AgentAccounts accounts;
    private final Clock clock;

    TeamLoad(ChatLoads loads, LiveLoadRules rules, AgentAvailability availability, AgentAccounts accounts, Clock clock) {
        this.loads = loads;
        this.rules = rules;
        this.availability = availability;
        this.accounts = accounts;
        this.clock = clock;
    }

    public LoadRules rules() {
        return rules.current();
    }

    public LoadSharing sharing() {
        return new LoadSharing(rules.current());
    }

    /** Agents with an open console, with their loads. */
    public List<AgentLoad> online() {
        return loadsOf(availability.onlineAgents());
    }

    /** For the supervisor: everyone online or with a chat in the window, heaviest load first. */
    public List<AgentLoad> everyone() {
        Set<String> agents = new LinkedHashSet<>(availability.onlineAgents());
        agents.addAll(recent(rules.current()).keySet());
        return loadsOf(agents).stream().sorted(Comparator.comparingDouble(AgentLoad::load).reversed()
                .thenComparing(AgentLoad::displayName)).toList();
    }

    /** The pause to suggest to this agent after their part of this chat ended, if it was a hostile close. */
    public Optional<Duration> pauseAfter(String conversationId, String agent) {
        return loads.latest(conversationId, agent).flatMap(chat -> sharing().pauseAfter(chat));
    }

    /** Whether this agent held (or holds) a part of this conversation. */
    public boolean everHeld(String conversationId, String agent) {
        return loads.latest(conversationId, agent).isPresent();
    }

    private List<AgentLoad> loadsOf(Collection<String> usernames) {
        LoadRules r = rules.current();
        Instant now = clock.instant();
        Map<String, List<HeldChat>> recent = recent(r);
        return usernames.stream().distinct().map(u -> AgentLoad.of(u,
                accounts.find(u).map(AgentAccount::displayName).orElse(u), recent.getOrDefault(u, List.of()), r, now)).toList();
    }

    private Map<String, List<HeldChat>> recent(LoadRules r) {
        return loads.since(clock.instant().minus(r.window()));
    }
}
