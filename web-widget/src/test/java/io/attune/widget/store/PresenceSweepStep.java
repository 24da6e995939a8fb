package io.attune.widget.store;

import io.attune.engine.conversation.ConversationId;
import io.attune.widget.presence.PresenceProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * For tests: a customer leaving without waiting minutes for it. The presence sweep's own step, run at once with the
 * application's timeout and batch, after the customer was last seen {@link #GONE_FOR} ago (well past any timeout).
 */
public record PresenceSweepStep(CustomerPresenceRows presence, PresenceProperties rules) {

    public static final Duration GONE_FOR = Duration.ofHours(1);

    /** The sweep's step at {@code now}: sets aside every waiting conversation unseen for the timeout. */
    public List<ConversationId> sweep(Instant now) {
        return presence.abandonWaitingUnseenSince(now.minus(rules.timeout()), now, rules.batch());
    }

    /** The customer was last seen {@link #GONE_FOR} before {@code now}, then the sweep ran at {@code now}. */
    public List<ConversationId> customerLeft(ConversationId who, Instant now) {
        presence.seen(who, now.minus(GONE_FOR));
        return sweep(now);
    }
}
