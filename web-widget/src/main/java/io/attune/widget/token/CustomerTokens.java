package io.attune.widget.token;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import io.attune.engine.conversation.ConversationId;
import io.attune.widget.WidgetProperties;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
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

    private final NimbusJwtEncoder encoder;
    private final NimbusJwtDecoder decoder;
    private final Duration ttl;
    private final Clock clock;

    @Autowired
    public CustomerTokens(WidgetProperties properties, ObjectProvider<Clock> clock) {
        this(properties, clock.getIfAvailable(Clock::systemUTC));
    }

    CustomerTokens(WidgetProperties properties, Clock clock) {
        SecretKey key = key(properties.tokenSecret());
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        this.decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(clock);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(ISSUER)));
        this.ttl = properties.tokenTtl();
        this.clock = clock;
    }

    public String issue(ConversationId conversation) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(ISSUER).subject(conversation.toString())
                .issuedAt(now).expiresAt(now.plus(ttl)).build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    /** The conversation the token grants, or empty when it is missing, forged, malformed or expired. */
    public Optional<ConversationId> verify(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            Jwt jwt = decoder.decode(token.trim());
            return Optional.of(ConversationId.parse(jwt.getSubject()));
        } catch (JwtException | IllegalArgumentException e) {
            log.debug("rejected customer token: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private static SecretKey key(String secret) {
        byte[] bytes;
        if (secret == null || secret.isBlank()) {
            // Fine for one instance; tokens die with it. A cluster sets attune.widget.token-secret.
            log.warn("attune.widget.token-secret is not set: customer tokens are signed with a random key "
                    + "and will not survive a restart or work across instances");
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
        } else {
            bytes = secret.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < 32) {
                throw new IllegalStateException("attune.widget.token-secret must be at least 32 bytes");
            }
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }
}
