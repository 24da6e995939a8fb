package io.attune.engine.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules that share heavy chats fairly. Every answer is a suggestion: nothing here assigns or blocks.
 */
public final class LoadSharing {

    /** Lightest load first; on a tie, fewer heavy chats in the window, then the name, so the answer is stable. */
    private static final Comparator<AgentLoad> LIGHTEST = Comparator.comparingDouble(AgentLoad::load)
            .thenComparingInt(AgentLoad::heavy).thenComparing(AgentLoad::displayName).thenComparing(AgentLoad::username);

    private final LoadRules rules;

    public LoadSharing(LoadRules rules) {
        this.rules = rules;
    }

    /**
     * For each waiting chat (id to peak upset, in the queue's order), the agent suggested to take it: only heavy
     * chats get one. Each suggestion counts as taken before the next is chosen, so two heavy chats waiting go to two
     * agents rather than both to whoever is lightest now.
     */
    public Map<String, AgentLoad> suggestFor(Map<String, Double> waitingPeaks, List<AgentLoad> online) {
        List<AgentLoad> loads = new ArrayList<>(online);
        Map<String, AgentLoad> suggested = new LinkedHashMap<>();
        waitingPeaks.forEach((id, peak) -> {
            if (!rules.isHeavy(peak) || loads.isEmpty()) {
                return;
            }
            AgentLoad lightest = loads.stream().min(LIGHTEST).orElseThrow();
            suggested.put(id, lightest);
            loads.set(loads.indexOf(lightest), lightest.plus(peak, rules));
        });
        return suggested;
    }

    /** Whom to suggest when an agent transfers a chat: the lightest other online agent, for a heavy chat only. */
    public Optional<AgentLoad> transferTarget(double peakUpset, List<AgentLoad> online, Set<String> excluding) {
        if (!rules.isHeavy(peakUpset)) {
            return Optional.empty();
        }
        return online.stream().filter(a -> !excluding.contains(a.username())).min(LIGHTEST);
    }

    /** After the agent's part of a chat ends: a pause when it was a hostile close, nothing after a calm one. */
    public Optional<Duration> pauseAfter(HeldChat closed) {
        return !closed.held() && rules.isHostile(closed.hostilityWithAgent()) ? Optional.of(rules.pause()) : Optional.empty();
    }

    /** The lighter chat to take next, after a hostile close: the first waiting chat that is not heavy, if any. */
    public Optional<String> lighterNext(Map<String, Double> waitingPeaks) {
        return waitingPeaks.entrySet().stream().filter(e -> !rules.isHeavy(e.getValue())).map(Map.Entry::getKey).findFirst();
    }
}
