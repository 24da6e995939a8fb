package io.attune.engine.load;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One agent's emotional load: the weight of the chats they hold and have just held, with the window's mix.
 *
 * @param load  the sum of {@link HeldChat#weightAt} over their chats
 * @param held  chats held now
 * @param heavy heavy chats held now or within the window
 * @param light the other chats held now or within the window
 */
public record AgentLoad(String username, String displayName, double load, int held, int heavy, int light) {

    public AgentLoad {
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
    }

    public static AgentLoad of(String username, String displayName, List<HeldChat> chats, LoadRules rules, Instant now) {
        double load = 0;
        int held = 0;
        int heavy = 0;
        int light = 0;
        for (HeldChat chat : chats) {
            if (!chat.recentAt(now, rules)) {
                continue;
            }
            load += chat.weightAt(now, rules);
            held += chat.held() ? 1 : 0;
            if (chat.heavy(rules)) {
                heavy++;
            } else {
                light++;
            }
        }
        return new AgentLoad(username, displayName, load, held, heavy, light);
    }

    /** This load with one more chat of the given upset taken now. */
    AgentLoad plus(double peakUpset, LoadRules rules) {
        boolean isHeavy = rules.isHeavy(peakUpset);
        return new AgentLoad(username, displayName, load + HeldChat.BASE_WEIGHT + peakUpset, held + 1,
                heavy + (isHeavy ? 1 : 0), light + (isHeavy ? 0 : 1));
    }
}
