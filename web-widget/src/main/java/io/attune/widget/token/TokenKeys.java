package io.attune.widget.token;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys of customer tokens: one signs new tokens, and tokens signed by it or by a previous key
 * (kept for a rotation) are accepted.
 */
record TokenKeys(SecretKey signing, List<SecretKey> accepted) {

    static final int MIN_BYTES = 32;

    TokenKeys {
        accepted = List.copyOf(accepted);
    }

    /** @param previous secrets that still verify tokens after a rotation, newest first */
    static TokenKeys of(String secret, List<String> previous) {
        SecretKey signing = key(secret);
        List<SecretKey> accepted = new ArrayList<>(List.of(signing));
        previous.stream().map(TokenKeys::key).forEach(accepted::add);
        return new TokenKeys(signing, accepted);
    }

    private static SecretKey key(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_BYTES) {
            throw new IllegalStateException("a customer token secret must be at least " + MIN_BYTES + " bytes");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }
}
