package io.attune.widget.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What one anonymous client may create ({@code attune.limits.*}). A rate is written {@code count/period}
 * ({@code 60/10m}: sixty at once, sixty more over every ten minutes). Over a limit the client is told
 * so (HTTP 429 with Retry-After, or an error on its own STOMP queue) and nothing it already sent is
 * lost; everyone else carries on. Each instance counts on its own, so behind a proxy with N instances
 * a client may reach up to N times a rate.
 *
 * @param sessionsPerAddress          new conversations one client address may start ({@code POST
 *                                    /api/widget/sessions} without a valid token). Resuming a conversation
 *                                    is not counted. Generous because offices and mobile carriers put many
 *                                    customers behind one address
 * @param resumesPerConversation      times one conversation's token may be sent back to {@code POST
 *                                    /api/widget/sessions} (each page load of the shop resumes the chat,
 *                                    and each resume writes the page it came from)
 * @param offlineMessagesPerAddress   messages one address may leave for the team while nobody is online
 * @param offlineMessagesPerConversation the same, per conversation
 * @param messagesPerConnection       STOMP SEND frames one connection may send
 * @param detailsPerConversation      times one conversation may give its customer's name and email (each
 *                                    change is pushed to every agent's queue)
 * @param messagesPerConversation     customer messages one conversation may receive, over all its connections
 * @param connectionsPerConversation  open connections on one customer token (tabs and devices)
 * @param subscriptionsPerConnection  SUBSCRIBE frames one connection may hold at once (the widget needs 3,
 *                                    the console one per conversation it shows plus a few)
 * @param trackedKeys                 addresses, conversations or connections each limit remembers at once
 */
@ConfigurationProperties("attune.limits")
public record AbuseLimits(
        @DefaultValue("60/10m") Rate sessionsPerAddress,
        @DefaultValue("60/10m") Rate resumesPerConversation,
        @DefaultValue("5/10m") Rate offlineMessagesPerAddress,
        @DefaultValue("3/10m") Rate offlineMessagesPerConversation,
        @DefaultValue("5/10m") Rate detailsPerConversation,
        @DefaultValue("10/2s") Rate messagesPerConnection,
        @DefaultValue("20/10s") Rate messagesPerConversation,
        @DefaultValue("5") int connectionsPerConversation,
        @DefaultValue("50") int subscriptionsPerConnection,
        @DefaultValue("100000") int trackedKeys) {

    public AbuseLimits {
        if (connectionsPerConversation < 1 || subscriptionsPerConnection < 1 || trackedKeys < 1) {
            throw new IllegalArgumentException("attune.limits: connection, subscription and key caps must be at least 1");
        }
    }

    public RateLimiter limiter(Rate rate) {
        return new RateLimiter(rate, trackedKeys);
    }
}
