package io.attune.console.offline;

import io.attune.engine.conversation.ConversationId;
import io.attune.widget.limits.AbuseLimits;
import io.attune.widget.limits.LimitExceededException;
import io.attune.widget.limits.RateLimiter;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Each left message lands in every agent's queue, so anonymous clients may leave only a few: per
 * client address and per conversation ({@link AbuseLimits}).
 */
@Component
class OfflineMessageLimits {

    private final RateLimiter perAddress;
    private final RateLimiter perConversation;

    OfflineMessageLimits(AbuseLimits limits) {
        this.perAddress = limits.limiter(limits.offlineMessagesPerAddress());
        this.perConversation = limits.limiter(limits.offlineMessagesPerConversation());
    }

    /** @throws LimitExceededException when this address or conversation has left too many lately */
    void check(String clientAddress, Optional<ConversationId> conversation) {
        Duration wait = conversation.map(c -> perConversation.take(c.toString())).filter(d -> !d.isZero())
                .orElseGet(() -> perAddress.take(clientAddress));
        if (!wait.isZero()) {
            throw new LimitExceededException("too-many-messages",
                    "We already have your messages. Please wait a little before leaving another.", wait);
        }
    }
}
