package io.attune.console.inbox;

import io.attune.console.ConsoleViewers;
import io.attune.console.StateWords;
import io.attune.console.agent.AgentPrincipal;
import io.attune.console.agent.Role;
import io.attune.console.satisfaction.PredictedSatisfaction;
import io.attune.console.satisfaction.SatisfactionPredictor;
import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.ConversationState;
import io.attune.widget.store.ConversationSearch;
import io.attune.widget.store.ConversationSearch.Listed;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The conversation list. Admins see every conversation; an agent sees those waiting for a person (to take from
 * the queue) and those they hold, as the console shows them elsewhere: nobody else's, nor closed ones.
 */
@Service
class Inbox {

    /** A waiting chat whose customer left: it is out of the queue until they come back. */
    static final String LEFT = "Left while waiting for a person";

    private final ConversationSearch search;
    private final ConversationEngine engine;
    private final SatisfactionPredictor predictor;

    Inbox(ConversationSearch search, ConversationEngine engine, SatisfactionPredictor predictor) {
        this.search = search;
        this.engine = engine;
        this.predictor = predictor;
    }

    /** An agent is never listed conversations with the bot or closed ones: no filter offers them. */
    List<InboxFilter> filtersFor(AgentPrincipal viewer) {
        return viewer.getRole() == Role.ADMIN ? List.of(InboxFilter.values())
                : List.of(InboxFilter.ALL, InboxFilter.WAITING, InboxFilter.ABANDONED, InboxFilter.WITH_AGENT);
    }

    InboxPage list(InboxRequest request, AgentPrincipal viewer) {
        boolean admin = viewer.getRole() == Role.ADMIN;
        // One more than a page: whether there is an older page, without counting them all.
        List<Listed> found = search.find(new ConversationSearch.Query(request.filter().states(),
                admin ? null : viewer.getUsername(), request.search(), request.offset(), InboxRequest.PAGE_SIZE + 1,
                request.filter().abandoned()));
        List<InboxRow> rows = found.stream().limit(InboxRequest.PAGE_SIZE).map(c -> new InboxRow(c.id().toString(),
                c.customerName() == null ? "Anonymous customer" : c.customerName(),
                c.abandoned() && c.state() == ConversationState.WAITING_FOR_AGENT ? LEFT
                        : StateWords.of(c.state(), c.agentDisplayName()), c.lastText(), c.startedAt(), c.updatedAt(),
                ConsoleViewers.mayView(c.state(), c.agentUsername(), viewer), admin, c.abandoned(), predicted(c)))
                .toList();
        return new InboxPage(request, rows, found.size() > InboxRequest.PAGE_SIZE);
    }

    /** Only an ended conversation is predicted; its turns are read for it (a page lists at most 25). */
    private PredictedSatisfaction predicted(Listed c) {
        if (c.state().isOpen()) {
            return null;
        }
        return engine.find(c.id()).flatMap(predictor::of).orElse(null);
    }
}
