package io.attune.engine;

import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.Conversation;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.conversation.FlowState;
import io.attune.engine.conversation.Turn;
import io.attune.engine.emotion.Cue;
import io.attune.engine.emotion.CueDetector;
import io.attune.engine.emotion.EmotionReader;
import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.event.EngineEvent;
import io.attune.engine.flow.FlowContext;
import io.attune.engine.handoff.HandoffDecision;
import io.attune.engine.handoff.HandoffPolicy;
import io.attune.engine.handoff.HandoffThresholds;
import io.attune.engine.handoff.PolicyTurn;
import io.attune.engine.handoff.TeamAvailability;
import io.attune.engine.handoff.ThresholdsSource;
import io.attune.engine.intent.IntentPrediction;
import io.attune.engine.lifecycle.LifecycleEvent;
import io.attune.engine.reply.Reply;
import io.attune.engine.shop.OncePerTurn;
import io.attune.engine.shop.Shop;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** One customer message: read it, store it, answer it when the bot may, and hand over when the policy says so. */
final class CustomerTurns {

    /** The knowledge base's intent for "let me talk to a person": as good as the cue. */
    static final String HUMAN_AGENT_INTENT = "contact_human_agent";

    record Result(CustomerTurnResult outcome, List<EngineEvent> events) {
    }

    /** What was stored, with the policy's verdict on the customer turns it was made on. */
    private record Decided(Change.Applied applied, HandoffDecision decision) {
    }

    private final Change.Factory changes;
    private final EmotionReader reader;
    private final Supplier<RoutineKnowledge> knowledge;
    private final ThresholdsSource thresholds;
    private final BotResponder responder;
    private final TeamAvailability team;
    private final Shop shop;
    private final Clock clock;
    private final HandoffPolicy policy = new HandoffPolicy();

    CustomerTurns(Change.Factory changes, EmotionReader reader, Supplier<RoutineKnowledge> knowledge,
                  ThresholdsSource thresholds, BotResponder responder, Shop shop, Clock clock,
                  TeamAvailability team) {
        this.changes = changes;
        this.team = team;
        this.reader = reader;
        this.knowledge = knowledge;
        this.thresholds = thresholds;
        this.responder = responder;
        this.shop = shop;
        this.clock = clock;
    }

    Result handle(Conversation before, String clientId, String text) {
        RoutineKnowledge k = knowledge.get();
        IntentPrediction prediction = k.classify(text);
        TwoQuestions.Split two = TwoQuestions.in(text, k::classify).orElse(null);
        EmotionReading reading = reader.read(text, before.customerTextsWithTheBot());
        if (prediction.intent().equals(HUMAN_AGENT_INTENT) && !reading.has(Cue.ASKED_FOR_PERSON)
                && !CueDetector.speaksOfPeopleWithoutAsking(text)) {
            reading = reading.withCue(Cue.ASKED_FOR_PERSON);
        }
        HandoffThresholds t = thresholds.current();
        EmotionReading read = reading;
        // made before the lock: should the store run the locked work again, the shop is still asked only once
        Shop turnShop = new OncePerTurn(shop);
        Decided decided = changes.store().locked(before.id(),
                () -> decide(before, clientId, text, new Heard(prediction, two), read, t, k, turnShop));
        Change.Applied applied = decided.applied();
        Conversation after = applied.conversation();
        Turn customerTurn = after.customerTurns().get(after.customerTurns().size() - 1);
        List<Turn> replies = after.turns().stream().filter(x -> x.seq() > customerTurn.seq()).toList();
        List<EngineEvent> events = new ArrayList<>(applied.events());
        HandoffDecision decision = decided.decision();
        if (after.snapshot().handoff() != null && after.snapshot().handoff().atSeq() == customerTurn.seq()) {
            events.add(new EngineEvent.HandoffRequested(after.id(), after.snapshot().handoff().decision(),
                    customerTurn.seq()));
        }
        return new Result(new CustomerTurnResult(customerTurn, replies, after.state(), decision, false), events);
    }

    /** What the classifier made of the message: the whole, and the two questions in it (null: one). */
    private record Heard(IntentPrediction prediction, TwoQuestions.Split two) {
    }

    private Decided decide(Conversation before, String clientId, String text, Heard heard,
                           EmotionReading reading, HandoffThresholds t, RoutineKnowledge k, Shop turnShop) {
        IntentPrediction prediction = heard.prediction();
        Change change = changes.begin(before);
        change.fire(LifecycleEvent.CUSTOMER_MESSAGE);
        if (!change.state().botMayAnswer()) {
            boolean placed = !prediction.outOfScope() && prediction.confidence() >= responder.clarifyBelow();
            Turn customerTurn = change.customer(clientId, text, reading,
                    placed ? prediction.intent() : PolicyTurn.NOT_UNDERSTOOD);
            if (change.state() == ConversationState.WAITING_FOR_AGENT) {
                // Waiting for a person is no reason to leave a routine question unanswered.
                responder.whileWaiting(prediction, reading, k, team.awayMessage().isEmpty(), customerTurn.seq())
                        .ifPresent(r -> change.say(Author.BOT, r.text(), null, r.quickReplies(), prediction.intent()));
            }
            return new Decided(change.apply(), policy.decide(change.conversation().policyTurnsWithTheBot(), t));
        }
        FlowContext context = new FlowContext(turnShop, LocalDate.now(clock), change.conversation().customerTexts());
        BotResponder.Perceived perceived = new BotResponder.Perceived(text, change.snapshot().flow(), prediction,
                reading, k, context, change.nextSeq(), heard.two());
        BotResponder.Outcome o = responder.respond(perceived, HandoffDecision.stay());
        Turn customerTurn = change.customer(clientId, text, reading, o.intent());
        HandoffDecision decision = policy.decide(change.conversation().policyTurnsWithTheBot(), t);
        if (decision.handOff()) {
            Reply bye = responder.composer().handoff(reading, team.awayMessage());
            change.say(Author.BOT, bye.text(), null, bye.quickReplies(), null);
            change.handOff(decision, customerTurn.seq());
            return new Decided(change.apply(), decision);
        }
        if (decision.verdict() == HandoffDecision.Verdict.OFFER_PERSON) {
            o = responder.respond(perceived, decision);
        }
        change.say(Author.BOT, o.reply().text(), null, o.reply().quickReplies(), o.answeredIntent());
        if (o.also() != null) {
            change.say(Author.BOT, o.also().text(), null, o.also().quickReplies(), o.alsoIntent());
        }
        change.fire(o.event());
        change.flow(withIntent(o.flow(), o.answeredIntent()));
        return new Decided(change.apply(), decision);
    }

    private static FlowState withIntent(FlowState flow, String intent) {
        if (flow == null || intent == null || flow.slots().containsKey("intent")) {
            return flow;
        }
        Map<String, String> slots = new HashMap<>(flow.slots());
        slots.put("intent", intent);
        return new FlowState(flow.flow(), flow.step(), slots);
    }

    static java.util.function.Function<String, String> topics(RoutineKnowledge k) {
        return intent -> k.answerFor(intent).map(RoutineKnowledge.Answer::topic).orElse(intent.replace('_', ' '));
    }
}
