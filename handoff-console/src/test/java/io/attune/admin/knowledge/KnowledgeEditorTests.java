package io.attune.admin.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.attune.admin.knowledge.KnowledgeStatus.State;
import io.attune.engine.knowledge.IntentDefinition;
import io.attune.engine.knowledge.InvalidKnowledgeException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Editing the knowledge base against a real (embedded) database; the retraining runs in the background as in production. */
@JdbcTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({StoredKnowledge.class, LiveKnowledge.class, KnowledgeEditor.class})
@EnableConfigurationProperties(KnowledgeProperties.class)
class KnowledgeEditorTests {

    /** One of the new intent's example phrasings: what the admin typed must be what the bot then recognises. */
    private static final String QUESTION = "please gift wrap it with a ribbon";

    @Autowired
    KnowledgeEditor editor;

    @Autowired
    LiveKnowledge live;

    @Autowired
    StoredKnowledge store;

    private void awaitLive(long version) {
        await().atMost(Duration.ofSeconds(60)).until(() -> live.status().liveVersion() == version);
        assertThat(live.status().state()).isEqualTo(State.READY);
    }

    @Test
    void anAddedIntentIsRecognisedOnceRetrainedWithoutARestart() {
        assertThat(live.get().classifier().classify(QUESTION).intent()).isNotEqualTo("gift_wrap");
        IntentDefinition giftWrap = new IntentDefinition("gift_wrap", "ORDER", List.of(
                "can you gift wrap it", "I want gift wrapping", "please wrap it as a present", "do you offer gift wrap",
                QUESTION, "gift wrapping with a ribbon please", "is gift wrap available"),
                "Yes: choose gift wrap at checkout, it costs 3 euros.", List.of(), null);

        long version = editor.add(editor.saved().version(), giftWrap, "ada").orElseThrow();
        awaitLive(version);

        assertThat(live.get().classifier().classify(QUESTION).intent()).isEqualTo("gift_wrap");
        assertThat(live.get().base().intent("gift_wrap")).contains(giftWrap);
    }

    @Test
    void aNewExamplePhrasingOfAnExistingIntentIsRecognised() {
        String phrase = "my gizmo turned up squashed flat";
        IntentDefinition before = editor.saved().base().intents().get(0);
        IntentDefinition after = new IntentDefinition(before.name(), before.category(),
                concat(before.examples(), phrase, "the gizmo arrived squashed", "squashed gizmo in the box"),
                before.answer(), before.quickReplies(), before.flow());

        long version = editor.replace(editor.saved().version(), before.name(), after, "ada").orElseThrow();
        awaitLive(version);

        assertThat(live.get().classifier().classify(phrase).intent()).isEqualTo(before.name());
    }

    @Test
    void refusesAnIntentWithoutExamplesAndKeepsTheSavedVersion() {
        long version = editor.saved().version();
        IntentForm empty = new IntentForm("gift_card", "", "We sell gift cards.", "", null, " \n ", null, version);

        assertThatThrownBy(() -> editor.add(version, empty.toDefinition(), "ada"))
                .isInstanceOf(InvalidKnowledgeException.class).hasMessageContaining("needs at least one example");
        assertThat(editor.saved().version()).isEqualTo(version);
    }

    @Test
    void refusesAnEditBasedOnAnOlderVersion() {
        long version = editor.saved().version();
        editor.remove(version, editor.saved().base().intents().get(1).name(), "ada");

        assertThat(editor.remove(version, editor.saved().base().intents().get(2).name(), "grace")).isEmpty();
    }

    @Test
    void anotherInstanceRetrainsOnceItSeesTheNewVersion() {
        LiveKnowledge other = new LiveKnowledge(store, new KnowledgeProperties(Duration.ZERO));
        assertThat(other.get().base().intent("loyalty_points")).isEmpty();
        IntentDefinition loyalty = new IntentDefinition("loyalty_points", "ACCOUNT", List.of(
                "how many loyalty points do I have", "check my loyalty points", "loyalty points balance"),
                "Your points are under Account > Loyalty.", List.of(), null);

        long version = editor.add(editor.saved().version(), loyalty, "ada").orElseThrow();

        await().atMost(Duration.ofSeconds(60)).until(() -> other.get().base().intent("loyalty_points").isPresent());
        assertThat(other.status().liveVersion()).isEqualTo(version);
        other.stop();
    }

    private static List<String> concat(List<String> list, String... more) {
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(more)).toList();
    }
}
