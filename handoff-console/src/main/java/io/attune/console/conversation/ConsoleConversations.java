package io.attune.console.conversation;

import io.attune.console.ConsoleViewers;
import io.attune.console.StateWords;
import io.attune.console.agent.AgentAccount;
import io.attune.console.agent.AgentAccounts;
import io.attune.console.agent.AgentPrincipal;
import io.attune.console.agent.Role;
import io.attune.console.assignment.AgentConversations;
import io.attune.console.presence.AgentAvailability;
import io.attune.engine.ConversationEngine;
import io.attune.engine.EngineException;
import io.attune.engine.conversation.Conversation;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.Turn;
import io.attune.console.load.TeamLoad;
import io.attune.engine.load.AgentLoad;
import io.attune.engine.load.ChatIntensity;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import io.attune.widget.customer.CustomerProfiles;
import org.springframework.stereotype.Service;

/** Builds the conversation page for an agent who holds it, or for any admin (read-only unless held). */
@Service
class ConsoleConversations {

    private static final int EARLIER_SHOWN = 10;

    private final ConversationEngine engine;
    private final SuggestedReplies suggestions;
    private final AgentConversations held;
    private final AgentAvailability availability;
    private final AgentAccounts accounts;

    private final TeamLoad team;
    private final CustomerProfiles profiles;

    ConsoleConversations(ConversationEngine engine, SuggestedReplies suggestions, AgentConversations held,
                         AgentAvailability availability, AgentAccounts accounts, TeamLoad team,
                         CustomerProfiles profiles) {
        this.team = team;
        this.profiles = profiles;
        this.engine = engine;
        this.suggestions = suggestions;
        this.held = held;
        this.availability = availability;
        this.accounts = accounts;
    }

    /** @throws EngineException "unknown-conversation", or "not-assigned" for an agent who does not hold it */
    ConversationView view(ConversationId id, AgentPrincipal viewer) {
        Conversation c = engine.find(id).orElseThrow(EngineException::unknownConversation);
        ConversationSnapshot s = c.snapshot();
        boolean holds = ConsoleViewers.holds(s, viewer.getUsername());
        if (!ConsoleViewers.mayView(s, viewer)) {
            throw EngineException.notAssigned();
        }
        long handoffSeq = s.handoff() == null ? -1 : s.handoff().atSeq();
        String agentName = s.agentDisplayName() == null ? viewer.getDisplayName() : s.agentDisplayName();
        List<TranscriptLine> lines = c.turns().stream()
                .map(t -> TranscriptLine.of(t, handoffSeq, List.of(), engine.linksOf(t))).toList();
        Optional<Turn> last = c.customerTurns().stream().reduce((a, b) -> b);
        List<String> fit = last.map(t -> suggestions.forReading(t.reading() == null
                ? io.attune.engine.emotion.EmotionReading.neutral() : t.reading(), s.customerName(), agentName))
                .orElse(List.of());
        return new ConversationView(id.toString(), s.customerName() == null ? ConversationView.ANONYMOUS : s.customerName(),
                profiles.profile(id), s.state().name(), StateWords.of(s.state(), s.agentDisplayName()), s.agentDisplayName(), holds,
                engine.summarize(id), lines,
                last.map(t -> ReadingView.of(t.reading())).orElse(null), fit, transferTargets(viewer),
                held.heldBy(viewer.getUsername()), holds ? suggestedTransfer(c, viewer) : null, earlier(id, viewer));
    }

    private List<ConversationView.Earlier> earlier(ConversationId id, AgentPrincipal viewer) {
        return profiles.earlier(id, EARLIER_SHOWN).stream().map(e -> new ConversationView.Earlier(e,
                viewer.getRole() == Role.ADMIN ? "/admin/conversations/" + e.id()
                        : ConsoleViewers.mayView(e.state(), e.agentUsername(), viewer) ? "/console/conversations/" + e.id()
                        : null)).toList();
    }

    private AgentLoad suggestedTransfer(Conversation c, AgentPrincipal viewer) {
        double peak = c.customerTurns().stream().map(t -> ChatIntensity.of(t.reading()).upset()).max(Double::compare).orElse(0.0);
        return team.sharing().transferTarget(peak, team.online(), Set.of(viewer.getUsername())).orElse(null);
    }

    /** The engine checks the holder for replies, hand-back and transfer; closing is checked here. */
    ConversationId requireHeld(ConversationId id, String username) {
        ConversationSnapshot s = engine.find(id).orElseThrow(EngineException::unknownConversation).snapshot();
        if (!ConsoleViewers.holds(s, username)) {
            throw EngineException.notAssigned();
        }
        return id;
    }

    private List<AgentAccount> transferTargets(AgentPrincipal viewer) {
        return availability.onlineAgents().stream().filter(u -> !u.equals(viewer.getUsername()))
                .map(accounts::find).flatMap(Optional::stream).toList();
    }
}
