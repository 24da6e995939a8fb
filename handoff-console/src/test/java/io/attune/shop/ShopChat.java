package io.attune.shop;

import io.attune.engine.ConversationEngine;
import io.attune.engine.KnowledgeAnswers;
import io.attune.engine.RoutineKnowledge;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.Turn;
import io.attune.engine.emotion.EmotionReading;
import io.attune.engine.handoff.HandoffThresholds;
import io.attune.engine.knowledge.KnowledgeBase;
import io.attune.engine.knowledge.KnowledgeTrainer;
import io.attune.engine.shop.Shop;
import io.attune.engine.store.InMemoryConversationStore;
import java.time.Clock;
import java.util.List;

/**
 * One customer chatting with the real engine and the shop's own knowledge base over a given shop adapter,
 * calm throughout (the reading is tested elsewhere): what the customer sees of the adapter's answers.
 */
final class ShopChat {

    private static final RoutineKnowledge KNOWLEDGE =
            new KnowledgeAnswers(new KnowledgeTrainer().train(KnowledgeBase.shop()));

    private final ConversationEngine engine;
    private final ConversationId id;

    ShopChat(Shop shop, Clock clock) {
        engine = new ConversationEngine(new InMemoryConversationStore(), (text, earlier) -> EmotionReading.neutral(),
                () -> KNOWLEDGE, shop, HandoffThresholds::defaults, event -> { }, clock,
                ConversationEngine.DEFAULT_CLARIFY_BELOW);
        id = engine.open(null).id();
    }

    /** The bot's reply to the message. */
    Turn say(String text) {
        List<Turn> replies = engine.customerSays(id, null, text).replies();
        return replies.get(replies.size() - 1);
    }
}
