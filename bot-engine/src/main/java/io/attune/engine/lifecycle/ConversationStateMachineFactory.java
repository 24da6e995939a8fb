package io.attune.engine.lifecycle;

import static io.attune.engine.conversation.ConversationState.BOT_ANSWERING;
import static io.attune.engine.conversation.ConversationState.BOT_CLARIFYING;
import static io.attune.engine.conversation.ConversationState.CLOSED;
import static io.attune.engine.conversation.ConversationState.SURVEY;
import static io.attune.engine.conversation.ConversationState.WAITING_FOR_AGENT;
import static io.attune.engine.conversation.ConversationState.WITH_AGENT;

import io.attune.engine.conversation.ConversationState;
import java.util.EnumSet;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.StateMachineFactory;
import org.springframework.statemachine.config.configurers.ExternalTransitionConfigurer;
import org.springframework.statemachine.config.configurers.InternalTransitionConfigurer;

/** The state graph, and nothing else: see statechart.txt beside this file. */
final class ConversationStateMachineFactory {

    private ConversationStateMachineFactory() {
    }

    static StateMachineFactory<ConversationState, LifecycleEvent> create() {
        try {
            StateMachineBuilder.Builder<ConversationState, LifecycleEvent> builder = StateMachineBuilder.builder();
            builder.configureConfiguration().withConfiguration().autoStartup(false);
            builder.configureStates().withStates()
                    .initial(BOT_ANSWERING)
                    .states(EnumSet.allOf(ConversationState.class))
                    .end(CLOSED);
            var t = builder.configureTransitions();
            for (ConversationState open : EnumSet.of(BOT_ANSWERING, BOT_CLARIFYING, WAITING_FOR_AGENT, WITH_AGENT)) {
                stay(t.withInternal(), open, LifecycleEvent.CUSTOMER_MESSAGE);
                go(t.withExternal(), open, SURVEY, LifecycleEvent.CLOSED);
            }
            for (ConversationState bot : EnumSet.of(BOT_ANSWERING, BOT_CLARIFYING)) {
                go(t.withExternal(), bot, BOT_ANSWERING, LifecycleEvent.ANSWERED);
                go(t.withExternal(), bot, BOT_CLARIFYING, LifecycleEvent.ASKED_FOLLOW_UP);
                go(t.withExternal(), bot, BOT_CLARIFYING, LifecycleEvent.NOT_UNDERSTOOD);
                go(t.withExternal(), bot, WAITING_FOR_AGENT, LifecycleEvent.HANDOFF);
            }
            go(t.withExternal(), WAITING_FOR_AGENT, WITH_AGENT, LifecycleEvent.AGENT_JOINED);
            stay(t.withInternal(), WITH_AGENT, LifecycleEvent.AGENT_JOINED);
            go(t.withExternal(), WAITING_FOR_AGENT, BOT_ANSWERING, LifecycleEvent.HANDED_BACK);
            go(t.withExternal(), WITH_AGENT, BOT_ANSWERING, LifecycleEvent.HANDED_BACK);
            go(t.withExternal(), SURVEY, CLOSED, LifecycleEvent.SURVEY_DONE);
            go(t.withExternal(), SURVEY, CLOSED, LifecycleEvent.CLOSED);
            return builder.createFactory();
        } catch (Exception e) {
            throw new IllegalStateException("the conversation state graph is invalid", e);
        }
    }

    private static void go(ExternalTransitionConfigurer<ConversationState, LifecycleEvent> t,
                           ConversationState from, ConversationState to, LifecycleEvent event) {
        t.source(from).target(to).event(event);
    }

    private static void stay(InternalTransitionConfigurer<ConversationState, LifecycleEvent> t,
                             ConversationState in, LifecycleEvent event) {
        t.source(in).event(event);
    }
}
