package io.attune.widget.token;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import io.attune.engine.conversation.ConversationId;
import io.attune.widget.WidgetProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Service;

/**
 * Issues and checks the anonymous customer's token: an HS256 JWT whose subject is the conversation
 * id, so holding it is the right to that one conversation.
 */
@Service
public class CustomerTokens {

    private static final Logger log = LoggerFactory.getLogger(CustomerTokens.class);
    private static final String ISSUER = "attune";
    private static final String CUSTOMER_CLAIM = "cid";

    private final NimbusJwtEncoder encoder;
    private final List<NimbusJwtDecoder> decoders;
    /** The same keys without the expiry check: a returning customer's id outlives the token's right to a chat. */
    private final List<NimbusJwtDecoder> identityDecoders;
    private final Duration ttl;
    private final Clock clock;

    @Autowired
    public CustomerTokens(WidgetProperties properties, JdbcClient jdbc, ObjectProvider<Clock> clock) {
        this(keys(properties, jdbc, clock.getIfAvailable(Clock::systemUTC)), properties.tokenTtl(),
                clock.getIfAvailable(Clock::systemUTC));
    }

    CustomerTokens(TokenKeys keys, Duration ttl, Clock clock) {
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(keys.signing()));
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(clock);
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(ISSUER));
        this.decoders = keys.accepted().stream().map(key -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
            decoder.setJwtValidator(validator);
            return decoder;
        }).toList();
        this.identityDecoders = keys.accepted().stream().map(key -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
            decoder.setJwtValidator(new JwtIssuerValidator(ISSUER));
            return decoder;
        }).toList();
        this.ttl = ttl;
        this.clock = clock;
    }

    public String issue(ConversationId conversation) {
        return issue(conversation, null);
    }

    /**
     * @param customer the browser's customer id (claim {@code cid}), kept from one conversation to the next so
     *                 the console can list a returning customer's earlier conversations; null for none
     */
    public String issue(ConversationId conversation, String customer) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder builder = JwtClaimsSet.builder().issuer(ISSUER).subject(conversation.toString())
                .issuedAt(now).expiresAt(now.plus(ttl));
        if (customer != null) {
            builder.claim(CUSTOMER_CLAIM, customer);
        }
        JwtClaimsSet claims = builder.build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    /** The conversation the token grants, or empty when it is missing, forged, malformed or expired. */
    public Optional<ConversationId> verify(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        for (NimbusJwtDecoder decoder : decoders) {
            try {
                return Optional.of(ConversationId.parse(decoder.decode(token.trim()).getSubject()));
            } catch (JwtException | IllegalArgumentException e) {
                log.debug("customer token not accepted by this key: {}", e.getMessage());
            }
        }
        return Optional.empty();
    }

    /**
     * The customer id a token we signed carries, even an expired one (it grants no conversation, only says
     * "the same browser as before"); empty when missing, forged or without one.
     */
    public Optional<String> customer(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        for (NimbusJwtDecoder decoder : identityDecoders) {
            try {
                return Optional.ofNullable(decoder.decode(token.trim()).getClaimAsString(CUSTOMER_CLAIM))
                        .filter(c -> c.matches("[0-9a-f-]{36}"));
            } catch (JwtException | IllegalArgumentException e) {
                log.debug("customer token not accepted by this key: {}", e.getMessage());
            }
        }
        return Optional.empty();
    }

    /** The configured secret (and its predecessors), or the one generated once and kept in the database. */
    private static TokenKeys keys(WidgetProperties properties, JdbcClient jdbc, Clock clock) {
        String configured = properties.tokenSecret();
        if (configured == null || configured.isBlank()) {
            log.info("attune.widget.token-secret is not set: customer tokens are signed with the secret kept "
                    + "in the database (generated on the first start)");
            return TokenKeys.of(new GeneratedTokenSecret(jdbc, clock).get(), properties.previousTokenSecrets());
        }
        return TokenKeys.of(configured, properties.previousTokenSecrets());
    }
}
