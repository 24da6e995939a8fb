package io.attune.engine.lifecycle;

import static io.attune.engine.conversation.ConversationState.BOT_ANSWERING;
import static io.attune.engine.conversation.ConversationState.BOT_CLARIFYING;
import static io.attune.engine.conversation.ConversationState.CLOSED;
import static io.attune.engine.conversation.ConversationState.SURVEY;
import static io.attune.engine.conversation.ConversationState.WAITING_FOR_AGENT;
import static io.attune.engine.conversation.ConversationState.WITH_AGENT;
import static io.attune.engine.lifecycle.LifecycleEvent.AGENT_JOINED;
import static io.attune.engine.lifecycle.LifecycleEvent.ANSWERED;
import static io.attune.engine.lifecycle.LifecycleEvent.ASKED_FOLLOW_UP;
import static io.attune.engine.lifecycle.LifecycleEvent.CUSTOMER_MESSAGE;
import static io.attune.engine.lifecycle.LifecycleEvent.HANDED_BACK;
import static io.attune.engine.lifecycle.LifecycleEvent.HANDOFF;
import static io.attune.engine.lifecycle.LifecycleEvent.NOT_UNDERSTOOD;
import static io.attune.engine.lifecycle.LifecycleEvent.SURVEY_DONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.attune.engine.conversation.ConversationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ConversationLifecycleTests {

    private final ConversationLifecycle lifecycle = ConversationLifecycle.create();

    /** Each row is one step of a plan: from a restored state, an event, the state it must reach. */
    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "BOT_ANSWERING, ANSWERED, BOT_ANSWERING",
            "BOT_ANSWERING, NOT_UNDERSTOOD, BOT_CLARIFYING",
            "BOT_ANSWERING, ASKED_FOLLOW_UP, BOT_CLARIFYING",
            "BOT_CLARIFYING, ANSWERED, BOT_ANSWERING",
            "BOT_CLARIFYING, NOT_UNDERSTOOD, BOT_CLARIFYING",
            "BOT_ANSWERING, HANDOFF, WAITING_FOR_AGENT",
            "BOT_CLARIFYING, HANDOFF, WAITING_FOR_AGENT",
            "WAITING_FOR_AGENT, AGENT_JOINED, WITH_AGENT",
            "WITH_AGENT, AGENT_JOINED, WITH_AGENT",
            "WITH_AGENT, HANDED_BACK, BOT_ANSWERING",
            "WAITING_FOR_AGENT, HANDED_BACK, BOT_ANSWERING",
            "WITH_AGENT, CLOSED, SURVEY",
            "BOT_ANSWERING, CLOSED, SURVEY",
            "SURVEY, SURVEY_DONE, CLOSED",
            "SURVEY, CLOSED, CLOSED",
    })
    void movesAlongTheStatechart(ConversationState from, LifecycleEvent event, ConversationState to) {
        assertThat(lifecycle.fire(from, event)).isEqualTo(to);
    }

    @ParameterizedTest
    @EnumSource(value = ConversationState.class, names = {"BOT_ANSWERING", "BOT_CLARIFYING", "WAITING_FOR_AGENT", "WITH_AGENT"})
    void acceptsCustomerMessagesWhileOpenWithoutChangingState(ConversationState open) {
        assertThat(lifecycle.fire(open, CUSTOMER_MESSAGE)).isEqualTo(open);
    }

    @ParameterizedTest
    @EnumSource(value = ConversationState.class, names = {"SURVEY", "CLOSED"})
    void refusesCustomerMessagesOnceEnded(ConversationState ended) {
        assertThatThrownBy(() -> lifecycle.fire(ended, CUSTOMER_MESSAGE))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("not allowed");
    }

    @Test
    void theBotCannotAnswerOverAnAgent() {
        assertThat(lifecycle.accepts(WITH_AGENT, ANSWERED)).isFalse();
        assertThat(lifecycle.accepts(WAITING_FOR_AGENT, ASKED_FOLLOW_UP)).isFalse();
        assertThat(lifecycle.accepts(WITH_AGENT, HANDOFF)).isFalse();
    }

    @Test
    void aWholeConversationFollowsItsPlanWhenRestoredBetweenEveryStep() {
        ConversationState s = BOT_ANSWERING;
        for (LifecycleEvent e : new LifecycleEvent[] {CUSTOMER_MESSAGE, NOT_UNDERSTOOD, CUSTOMER_MESSAGE, HANDOFF,
                CUSTOMER_MESSAGE, AGENT_JOINED, HANDED_BACK, ANSWERED, LifecycleEvent.CLOSED, SURVEY_DONE}) {
            s = lifecycle.fire(s, e);
        }
        assertThat(s).isEqualTo(CLOSED);
        assertThat(lifecycle.accepts(CLOSED, LifecycleEvent.CLOSED)).isFalse();
        assertThat(lifecycle.fire(BOT_CLARIFYING, ANSWERED)).isEqualTo(BOT_ANSWERING);
        assertThat(lifecycle.fire(WAITING_FOR_AGENT, LifecycleEvent.CLOSED)).isEqualTo(SURVEY);
    }

    /** The remembered answers are the machine's: for every state and event, asked twice in any order. */
    @Test
    void remembersExactlyWhatTheStateMachineAnswersForEveryStateAndEvent() {
        ConversationLifecycle machine = ConversationLifecycle.machine();
        for (int round = 0; round < 2; round++) {
            for (ConversationState state : ConversationState.values()) {
                for (LifecycleEvent event : LifecycleEvent.values()) {
                    boolean allowed = machine.accepts(state, event);
                    assertThat(lifecycle.accepts(state, event)).as("%s in %s", event, state).isEqualTo(allowed);
                    if (allowed) {
                        assertThat(lifecycle.fire(state, event)).as("%s in %s", event, state)
                                .isEqualTo(machine.fire(state, event));
                    } else {
                        assertThatThrownBy(() -> lifecycle.fire(state, event))
                                .isInstanceOf(IllegalTransitionException.class);
                    }
                }
            }
        }
    }
}
