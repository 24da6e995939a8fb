package io.attune.engine;

import io.attune.engine.RoutineKnowledge.Answer;
import io.attune.engine.conversation.FlowState;
import io.attune.engine.conversation.QuickReply;
import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.flow.Flow;
import io.attune.engine.flow.FlowContext;
import io.attune.engine.flow.FlowReply;
import io.attune.engine.flow.Flows;
import io.attune.engine.handoff.HandoffDecision;
import io.attune.engine.handoff.PolicyTurn;
import io.attune.engine.intent.IntentPrediction;
import io.attune.engine.lifecycle.LifecycleEvent;
import io.attune.engine.reply.Reply;
import io.attune.engine.reply.ReplyComposer;
import io.attune.engine.reply.SmallTalk;
import io.attune.engine.reply.Tone;
import java.util.List;
import java.util.Optional;

/**
 * Decides what the bot says to a customer message: a flow's next step, small talk, an answer, "did you
 * mean" choices when it is unsure but some intents come close, or a clarifying question.
 */
final class BotResponder {

    /** Below this confidence the bot asks rather than guesses. */
    private final double clarifyBelow;
    private final Flows flows = new Flows();
    private final SmallTalk smallTalk = new SmallTalk();
    private final ReplyComposer composer = new ReplyComposer();

    /**
     * @param intent      what the customer turn is stored with (an intent, a flow's intent, or NOT_UNDERSTOOD)
     * @param flow        the flow state after this reply (null: none)
     * @param also        null, or a second bot message after the reply: the answer to a second question
     * @param alsoIntent  the intent {@code also} answers
     */
    record Outcome(String intent, Reply reply, String answeredIntent, LifecycleEvent event, FlowState flow,
                   Reply also, String alsoIntent) {

        Outcome(String intent, Reply reply, String answeredIntent, LifecycleEvent event, FlowState flow) {
            this(intent, reply, answeredIntent, event, flow, null, null);
        }
    }

    BotResponder(double clarifyBelow) {
        this.clarifyBelow = clarifyBelow;
    }

    double clarifyBelow() {
        return clarifyBelow;
    }

    ReplyComposer composer() {
        return composer;
    }

    /**
     * What the bot works from for one customer message.
     *
     * @param flow the flow waiting for this message, or null
     * @param turn the bot turn's number, so wordings vary
     * @param two  null, or the two questions the message asks ({@link TwoQuestions})
     */
    record Perceived(String text, FlowState flow, IntentPrediction prediction, EmotionReading reading,
                     RoutineKnowledge knowledge, FlowContext context, long turn, TwoQuestions.Split two) {

        /** The first of two questions, heard as if it came alone. */
        Perceived first() {
            return new Perceived(two.first(), flow, two.firstIntent(), reading, knowledge, context, turn, null);
        }

        /** The intent that started the waiting flow. */
        String flowIntent() {
            return flow == null ? null : flow.slots().get("intent");
        }
    }

    Outcome respond(Perceived p, HandoffDecision decision) {
        String text = p.text();
        FlowState flow = p.flow();
        String flowIntent = p.flowIntent();
        IntentPrediction prediction = p.prediction();
        EmotionReading reading = p.reading();
        long turn = p.turn();
        boolean confident = !prediction.outOfScope() && prediction.confidence() >= clarifyBelow;
        Optional<Flow> running = flow == null ? Optional.empty() : flows.named(flow.flow());
        if (running.isPresent()) {
            // The flow asked for something: it hears the answer first. Only a message it cannot use that
            // clearly asks for something else changes the subject.
            if (text.trim().equalsIgnoreCase(ReplyComposer.TRY_AGAIN.text())) {
                return fromFlow(running.get().askAgain(flow), flowIntent, reading, decision, turn);
            }
            FlowReply step = running.get().next(flow, text, p.context());
            boolean changesSubject = !step.understood() && confident && !prediction.intent().equals(flowIntent);
            if (!changesSubject && !step.understood() && Tone.of(reading).upset()) {
                // venting, not answering: the flow keeps waiting, and the customer chooses how to go on
                return new Outcome(PolicyTurn.NOT_UNDERSTOOD, composer.ventedInFlow(reading, turn), flowIntent,
                        LifecycleEvent.NOT_UNDERSTOOD, flow);
            }
            if (!changesSubject) {
                return fromFlow(step, flowIntent, reading, decision, turn);
            }
        }
        if (p.two() != null && running.isEmpty()) {
            return bothAnswered(p, decision);
        }
        Optional<Reply> social = smallTalk.reply(text, reading);
        if (social.isPresent()) {
            return new Outcome(SmallTalk.INTENT, social.get(), null, LifecycleEvent.ANSWERED, null);
        }
        List<QuickReply> topics = topics();
        if (!confident) {
            List<QuickReply> choices = DidYouMean.choices(p.knowledge(), text).stream()
                    .map(c -> QuickReply.of(c.label())).toList();
            if (!choices.isEmpty()) {
                return new Outcome(PolicyTurn.NOT_UNDERSTOOD, composer.didYouMean(reading, decision, choices, turn),
                        null, LifecycleEvent.NOT_UNDERSTOOD, null);
            }
        }
        if (prediction.outOfScope()) {
            return new Outcome(PolicyTurn.NOT_UNDERSTOOD, composer.outOfScope(reading, decision, topics, turn), null,
                    LifecycleEvent.NOT_UNDERSTOOD, null);
        }
        Optional<Answer> answer = confident ? p.knowledge().answerFor(prediction.intent()) : Optional.empty();
        if (answer.isEmpty()) {
            return new Outcome(PolicyTurn.NOT_UNDERSTOOD, composer.notUnderstood(reading, decision, topics, turn),
                    null, LifecycleEvent.NOT_UNDERSTOOD, null);
        }
        Optional<Flow> starts = flows.named(answer.get().flow());
        if (starts.isPresent()) {
            return fromFlow(starts.get().start(text, p.context()), prediction.intent(), reading, decision, turn);
        }
        Reply reply = composer.answer(answer.get().text(), answer.get().quickReplies(), reading, decision, turn);
        return new Outcome(prediction.intent(), reply, prediction.intent(), LifecycleEvent.ANSWERED, null);
    }

    /**
     * Two questions: the first answered as if it came alone; the second answered in a message of its own when the
     * knowledge base answers it outright and no flow waits on the first, else offered as a choice to send.
     */
    private Outcome bothAnswered(Perceived p, HandoffDecision decision) {
        Outcome first = respond(p.first(), decision);
        String second = p.two().secondIntent().intent();
        Optional<Answer> answer = p.knowledge().answerFor(second).filter(a -> flows.named(a.flow()).isEmpty());
        if (first.flow() == null && answer.isPresent()) {
            Reply also = composer.alsoAnswer(answer.get().text(), answer.get().quickReplies(), p.reading());
            return new Outcome(first.intent(), first.reply(), first.answeredIntent(), first.event(), null, also, second);
        }
        Reply offered = composer.alsoAsked(first.reply(), TwoQuestions.asAsked(p.two().second()));
        return new Outcome(first.intent(), offered, first.answeredIntent(), first.event(), first.flow());
    }

    /**
     * While the customer waits for a person: a question the knowledge base answers outright (no flow, no
     * ask for a person) gets its answer; anything else waits for the person.
     */
    Optional<Reply> whileWaiting(IntentPrediction prediction, EmotionReading reading, RoutineKnowledge knowledge,
                                 boolean personComing, long turn) {
        boolean confident = !prediction.outOfScope() && prediction.confidence() >= clarifyBelow;
        if (!confident || prediction.intent().equals(CustomerTurns.HUMAN_AGENT_INTENT)) {
            return Optional.empty();
        }
        return knowledge.answerFor(prediction.intent()).filter(a -> flows.named(a.flow()).isEmpty())
                .map(a -> composer.answerWhileWaiting(a.text(), reading, personComing, turn));
    }

    private Outcome fromFlow(FlowReply step, String intent, EmotionReading reading, HandoffDecision decision,
                             long turn) {
        Reply reply = composer.answer(step.text(), step.quickReplies(), reading, decision, turn);
        LifecycleEvent event = !step.understood() ? LifecycleEvent.NOT_UNDERSTOOD
                : step.finished() ? LifecycleEvent.ANSWERED : LifecycleEvent.ASKED_FOLLOW_UP;
        return new Outcome(step.understood() ? intent : PolicyTurn.NOT_UNDERSTOOD, reply, intent, event, step.next());
    }

    /** What the bot offers when it cannot place a question. */
    static List<QuickReply> topics() {
        return List.of(QuickReply.of("Where is my order?"), QuickReply.of("I want a refund"),
                QuickReply.of("Delivery options"));
    }
}
