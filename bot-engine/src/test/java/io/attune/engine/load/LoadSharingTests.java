package io.attune.engine.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.attune.engine.Readings;
import io.attune.engine.emotion.Emotion;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoadSharingTests {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private static final LoadRules RULES = LoadRules.defaults();
    private final LoadSharing sharing = new LoadSharing(RULES);

    private static HeldChat holding(double upset) {
        return new HeldChat("c" + upset, upset, upset, NOW.minusSeconds(600), null);
    }

    private static HeldChat ended(double upset, double hostility, Duration ago) {
        return new HeldChat("e" + upset, upset, hostility, NOW.minusSeconds(7200), NOW.minus(ago));
    }

    private static AgentLoad agent(String name, HeldChat... chats) {
        return AgentLoad.of(name.toLowerCase(), name, List.of(chats), RULES, NOW);
    }

    @Test
    void loadCountsIntensityNotOnlyTheNumberOfChats() {
        AgentLoad twoFurious = agent("Sam", holding(0.95), holding(0.9));
        AgentLoad twoCalm = agent("Ana", holding(0.1), holding(0.05));

        assertThat(twoFurious.held()).isEqualTo(twoCalm.held());
        assertThat(twoFurious.load()).isGreaterThan(twoCalm.load() + 1.0);
        assertThat(twoFurious.heavy()).isEqualTo(2);
        assertThat(twoCalm.light()).isEqualTo(2);
    }

    @Test
    void aChatJustClosedStillWeighsAndFadesOverTheWindow() {
        double justNow = agent("Sam", ended(0.9, 0.9, Duration.ofMinutes(1))).load();
        double halfAnHourAgo = agent("Sam", ended(0.9, 0.9, Duration.ofMinutes(30))).load();
        AgentLoad twoHoursAgo = agent("Sam", ended(0.9, 0.9, Duration.ofHours(2)));

        assertThat(justNow).isGreaterThan(halfAnHourAgo).isGreaterThan(0);
        assertThat(halfAnHourAgo).isCloseTo((0.3 + 0.9) / 2, org.assertj.core.data.Offset.offset(0.01));
        assertThat(twoHoursAgo.load()).isZero();
        assertThat(twoHoursAgo.heavy() + twoHoursAgo.light()).as("outside the last hour's mix").isZero();
    }

    @Test
    void aHeavyChatIsSuggestedToTheAgentWithTheLightestEmotionalLoad() {
        // Sam holds more chats, but calm ones; Ana holds one furious chat.
        AgentLoad sam = agent("Sam", holding(0.05), holding(0.1));
        AgentLoad ana = agent("Ana", holding(0.95));

        Map<String, AgentLoad> suggested = sharing.suggestFor(Map.of("heavy", 0.8), List.of(ana, sam));

        assertThat(suggested.get("heavy").displayName()).isEqualTo("Sam");
    }

    @Test
    void heavyChatsWaitingTogetherAreSpreadAcrossAgents() {
        Map<String, Double> waiting = new LinkedHashMap<>();
        waiting.put("first", 0.9);
        waiting.put("second", 0.85);
        waiting.put("calm", 0.2);

        Map<String, AgentLoad> suggested = sharing.suggestFor(waiting, List.of(agent("Sam"), agent("Ana")));

        assertThat(suggested).containsOnlyKeys("first", "second");
        assertThat(suggested.get("first").username()).isNotEqualTo(suggested.get("second").username());
    }

    @Test
    void aLightChatGetsNoSuggestion() {
        assertThat(sharing.suggestFor(Map.of("calm", 0.69), List.of(agent("Sam")))).isEmpty();
        assertThat(sharing.transferTarget(0.3, List.of(agent("Sam")), Set.of())).isEmpty();
    }

    @Test
    void aTransferOfAHeavyChatSuggestsTheLightestOtherAgent() {
        AgentLoad me = agent("Me");
        AgentLoad busy = agent("Busy", holding(0.9), holding(0.8));
        AgentLoad light = agent("Light", holding(0.2));

        assertThat(sharing.transferTarget(0.9, List.of(me, busy, light), Set.of("me")))
                .map(AgentLoad::displayName).hasValue("Light");
    }

    @Test
    void aPauseIsSuggestedAfterAHostileCloseAndNotAfterACalmOne() {
        HeldChat hostile = ended(0.9, 0.85, Duration.ZERO);
        HeldChat sadButNotHostile = ended(0.9, 0.2, Duration.ZERO);
        HeldChat calm = ended(0.1, 0.05, Duration.ZERO);

        assertThat(sharing.pauseAfter(hostile)).hasValue(Duration.ofMinutes(5));
        assertThat(sharing.pauseAfter(sadButNotHostile)).isEmpty();
        assertThat(sharing.pauseAfter(calm)).isEmpty();
    }

    @Test
    void theLighterChatNextIsTheFirstWaitingChatThatIsNotHeavy() {
        Map<String, Double> waiting = new LinkedHashMap<>();
        waiting.put("angry", 0.9);
        waiting.put("calm", 0.1);
        assertThat(sharing.lighterNext(waiting)).hasValue("calm");
        assertThat(sharing.lighterNext(Map.of("angry", 0.9))).isEmpty();
    }

    @Test
    void hostilityIsAngerOrFrustrationWhileUpsetIsAnyNegativeEmotion() {
        ChatIntensity sad = ChatIntensity.of(Readings.feeling(Emotion.SADNESS, 0.8, -0.6));
        ChatIntensity angry = ChatIntensity.of(Readings.feeling(Emotion.ANGER, 0.8, -0.6));

        assertThat(sad.upset()).isEqualTo(0.8);
        assertThat(sad.hostility()).isZero();
        assertThat(angry.hostility()).isEqualTo(0.8);
        assertThat(sad.max(angry)).isEqualTo(new ChatIntensity(0.8, 0.8));
    }

    @Test
    void rulesOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new LoadRules(0, 0.7, Duration.ofMinutes(5), Duration.ofHours(1)))
                .hasMessageContaining("heavyAt");
        assertThatThrownBy(() -> new LoadRules(0.7, 1.5, Duration.ofMinutes(5), Duration.ofHours(1)))
                .hasMessageContaining("hostileAt");
        assertThatThrownBy(() -> new LoadRules(0.7, 0.7, Duration.ZERO, Duration.ofHours(1)))
                .hasMessageContaining("pause");
    }
}
