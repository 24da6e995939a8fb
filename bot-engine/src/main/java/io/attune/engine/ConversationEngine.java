package io.attune.engine;

import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.Conversation;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.Survey;
import io.attune.engine.conversation.Turn;
import io.attune.engine.emotion.EmotionReader;
import io.attune.engine.conversation.ClosedBy;
import io.attune.engine.event.EngineEventPublisher;
import io.attune.engine.handoff.TeamAvailability;
import io.attune.engine.knowledge.AnswerLink;
import io.attune.engine.handoff.ThresholdsSource;
import io.attune.engine.lifecycle.ConversationLifecycle;
import io.attune.engine.shop.Shop;
import io.attune.engine.store.ConversationStore;
import io.attune.engine.summary.ContextSummarizer;
import io.attune.engine.summary.ContextSummary;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The only way to change a conversation: loads it, fires the life-cycle event, stores what changed
 * under the conversation's lock, then announces what happened. Thread-safe; one per application.
 */
public final class ConversationEngine {

    private final ConversationStore store;
    private final Change.Factory changes;
    private final EngineEventPublisher events;
    private final Clock clock;
    private final CustomerTurns customerTurns;
    private final Supplier<RoutineKnowledge> knowledge;
    private final ContextSummarizer summarizer = new ContextSummarizer();

    /**
     * The intent confidence below which the bot offers "did you mean" choices instead of answering,
     * chosen on the team's tune questions (docs/quality-questions.md): at 0.60 answers with a wrong intent
     * fall from 7.9% to 4.0% of tune held out, and 13.4% are offered the right intent instead.
     * The application's {@code attune.engine.clarify-below} defaults to it.
     */
    public static final double DEFAULT_CLARIFY_BELOW = 0.60;

    /** @param shop the shop's own records, which the order flows read and act on */
    public ConversationEngine(ConversationStore store, EmotionReader reader, Supplier<RoutineKnowledge> knowledge,
                              Shop shop, ThresholdsSource thresholds, EngineEventPublisher events, Clock clock,
                              double clarifyBelow) {
        this(store, reader, knowledge, shop, thresholds, events, clock, clarifyBelow, TeamAvailability.ALWAYS);
    }

    /** @param team whether a person can take a handed-over conversation now (the console's presence and hours) */
    public ConversationEngine(ConversationStore store, EmotionReader reader, Supplier<RoutineKnowledge> knowledge,
                              Shop shop, ThresholdsSource thresholds, EngineEventPublisher events, Clock clock,
                              double clarifyBelow, TeamAvailability team) {
        this.store = store;
        this.changes = new Change.Factory(store, ConversationLifecycle.create(), clock);
        this.events = events;
        this.clock = clock;
        this.knowledge = knowledge;
        this.customerTurns = new CustomerTurns(changes, reader, knowledge,
                thresholds, new BotResponder(clarifyBelow), shop, clock, team);
    }

    /** A new conversation with the bot's greeting stored. */
    public Conversation open(String customerName) {
        ConversationId id = ConversationId.newId();
        store.create(ConversationSnapshot.started(id, customerName, clock.instant()));
        return run(id, change -> change.say(Author.BOT, Greeting.TEXT, null, Greeting.CHOICES, null));
    }

    public Optional<Conversation> find(ConversationId id) {
        return store.find(id).map(s -> new Conversation(s, store.turns(id)));
    }

    /** The conversation without its turns: cheap, for callers that need its state, agent or handoff. */
    public Optional<ConversationSnapshot> snapshot(ConversationId id) {
        return store.find(id);
    }

    /**
     * The admin's links shown with a turn (a bot answer's), as the knowledge base in force has them. Other
     * turns (the greeting, the customer's, an agent's) have none and do not ask the knowledge base: until its
     * first training after a start is done, asking waits for it, and the greeting must not.
     */
    public List<AnswerLink> linksOf(Turn turn) {
        if (!RoutineKnowledge.answersAnIntent(turn)) {
            return List.of();
        }
        return knowledge.get().linksOf(turn);
    }

    public List<Turn> turnsAfter(ConversationId id, long afterSeq) {
        existing(id);
        return store.turnsAfter(id, afterSeq);
    }

    /** Stores the customer's message with its reading, then the bot's reply when the bot may answer. */
    public CustomerTurnResult customerSays(ConversationId id, String clientId, String text) {
        String checked = MessageText.checked(text);
        Conversation before = changes.recent(id);
        Optional<Turn> retried = clientId == null ? Optional.empty()
                : before.turns().stream().filter(t -> clientId.equals(t.clientId())).findFirst()
                .or(() -> before.complete() ? Optional.empty() : store.turnByClientId(id, clientId));
        if (retried.isPresent()) {
            return new CustomerTurnResult(sameMessage(retried.get(), checked), List.of(), before.state(), null, true);
        }
        if (!before.state().isOpen()) {
            throw EngineException.closed();
        }
        CustomerTurns.Result result = customerTurns.handle(before, clientId, checked);
        result.events().forEach(events::publish);
        return result.outcome();
    }

    /** A retried message, after checking that the retry repeats it. */
    private static Turn sameMessage(Turn stored, String retriedText) {
        if (!stored.text().equals(retriedText)) {
            throw EngineException.clientIdReused();
        }
        return stored;
    }

    /** The agent takes a waiting conversation; a second agent's claim is refused. */
    public Turn agentJoins(ConversationId id, String agentUsername, String agentDisplayName) {
        Conversation c = run(id, change -> change.agentJoins(agentUsername, agentDisplayName));
        return c.turns().get(c.turns().size() - 1);
    }

    public Turn agentSays(ConversationId id, String agentUsername, String clientId, String text) {
        String checked = MessageText.checked(text);
        Optional<Turn> retried = store.turnByClientId(existing(id).id(), clientId);
        if (retried.isPresent()) {
            return sameMessage(retried.get(), checked);
        }
        Conversation c = run(id, change -> change.agentSays(agentUsername, clientId, checked));
        return c.turns().get(c.turns().size() - 1);
    }

    public void handBack(ConversationId id, String agentUsername) {
        run(id, change -> change.handBack(agentUsername));
    }

    public void transfer(ConversationId id, String fromAgent, String toUsername, String toDisplayName) {
        run(id, change -> change.transfer(fromAgent, toUsername, toDisplayName));
    }

    /** Ends the conversation: the customer is asked for a rating. */
    public void close(ConversationId id, ClosedBy by, String note) {
        close(id, by, note, null);
    }

    /** @param handoffNeeded the agent's mark: was a person needed? (ground truth for the what-if) */
    public void close(ConversationId id, ClosedBy by, String note, Boolean handoffNeeded) {
        run(id, change -> change.close(by, note, handoffNeeded));
    }

    public void submitSurvey(ConversationId id, int rating, String comment) {
        Survey survey = new Survey(rating, MessageText.optional(comment), clock.instant());
        run(id, change -> change.survey(survey));
    }

    /** An admin's mark on any conversation: was a person needed? */
    /**
     * The customer told us their name (checked by the caller: the widget's {@code CustomerDetails}); their
     * later turns carry it. Refused once the conversation is over.
     */
    public void nameCustomer(ConversationId id, String name) {
        run(id, change -> {
            if (!change.state().isOpen()) {
                throw EngineException.closed();
            }
            change.nameCustomer(name);
        });
    }

    public void markHandoffNeeded(ConversationId id, Boolean needed) {
        run(id, change -> change.markHandoffNeeded(needed));
    }

    public ContextSummary summarize(ConversationId id) {
        return summarizer.summarize(load(id), CustomerTurns.topics(knowledge.get()));
    }

    private Conversation run(ConversationId id, java.util.function.Consumer<Change> work) {
        existing(id);
        Change.Applied applied = store.locked(id, () -> {
            Change change = changes.begin(id);
            work.accept(change);
            return change.apply();
        });
        applied.events().forEach(events::publish);
        return applied.conversation();
    }

    private Conversation load(ConversationId id) {
        return find(id).orElseThrow(EngineException::unknownConversation);
    }

    /** Refuses an unknown conversation without reading its transcript. */
    private ConversationSnapshot existing(ConversationId id) {
        return store.find(id).orElseThrow(EngineException::unknownConversation);
    }

    static final class Greeting {
        static final String TEXT = "Hi! I'm the shop's assistant. Ask me about orders, deliveries, returns, "
                + "payments or your account, and I'll bring in a person whenever you need one.";
        static final List<io.attune.engine.conversation.QuickReply> CHOICES = BotResponder.topics();

        private Greeting() {
        }
    }
}
