package io.attune.console;

import io.attune.console.agent.AgentPrincipal;
import io.attune.console.agent.Role;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.ConversationState;

/**
 * Who may open a conversation in the console, in one place: the agent who holds it, and any admin (read-only
 * unless they hold it). Its notes follow the same rule.
 */
public final class ConsoleViewers {

    private ConsoleViewers() {
    }

    public static boolean holds(ConversationSnapshot s, String username) {
        return holds(s.state(), s.agentUsername(), username);
    }

    public static boolean holds(ConversationState state, String agentUsername, String username) {
        return state == ConversationState.WITH_AGENT && username.equals(agentUsername);
    }

    public static boolean mayView(ConversationSnapshot s, AgentPrincipal viewer) {
        return mayView(s.state(), s.agentUsername(), viewer);
    }

    public static boolean mayView(ConversationState state, String agentUsername, AgentPrincipal viewer) {
        return viewer.getRole() == Role.ADMIN || holds(state, agentUsername, viewer.getUsername());
    }
}
