package io.attune.app;

import io.attune.engine.ConversationEngine;
import io.attune.engine.KnowledgeAnswers;
import io.attune.engine.RoutineKnowledge;
import io.attune.engine.emotion.EmotionReader;
import io.attune.engine.event.EngineEventPublisher;
import io.attune.engine.handoff.TeamAvailability;
import io.attune.engine.handoff.ThresholdsSource;
import io.attune.engine.emotion.CoreNlpEmotionReader;
import io.attune.engine.knowledge.TrainedKnowledge;
import io.attune.engine.satisfaction.SatisfactionModel;
import io.attune.engine.shop.Shop;
import io.attune.engine.store.ConversationStore;
import java.time.Clock;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Builds the bot engine once, with the heavy models loaded once and shared by every thread. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EngineConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The thresholds from application.yml; the admin's live thresholds take over when present. */
    @Bean
    ThresholdsSource configuredThresholds(HandoffDefaults defaults) {
        return defaults::thresholds;
    }

    /** Engine events become Spring application events: the relays listen for them. */
    @Bean
    EngineEventPublisher engineEventPublisher(ApplicationEventPublisher publisher) {
        return publisher::publishEvent;
    }

    /** CoreNLP sentiment, the GoEmotions-trained emotion model and the cues: loaded once, thread-safe. */
    @Bean
    EmotionReader emotionReader() {
        return SharedModels.READER;
    }

    /**
     * One copy of the models per JVM. They are immutable and take tens of MB of heap and a second to load,
     * and a JVM may hold several application contexts (test suites, two instances in the scale-out test).
     */
    private static final class SharedModels {
        static final EmotionReader READER = CoreNlpEmotionReader.create();
    }

    /** The admin's live knowledge base and its classifier, swapped whole when an admin edits it. */
    @Bean
    Supplier<RoutineKnowledge> routineKnowledge(Supplier<TrainedKnowledge> live) {
        return () -> new KnowledgeAnswers(live.get());
    }

    /** The predicted satisfaction's weights, as fitted offline and shipped with the engine. */
    @Bean
    SatisfactionModel satisfactionModel() {
        return SatisfactionModel.shipped();
    }

    @Bean
    ConversationEngine conversationEngine(ConversationStore store, EmotionReader reader,
                                          Supplier<RoutineKnowledge> knowledge, Shop shop, ThresholdsSource thresholds,
                                          EngineEventPublisher events, Clock clock, EngineProperties properties,
                                          TeamAvailability team) {
        return new ConversationEngine(store, reader, knowledge, shop, thresholds, events, clock,
                properties.clarifyBelow(), team);
    }
}
