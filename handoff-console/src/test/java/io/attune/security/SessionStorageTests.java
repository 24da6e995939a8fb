package io.attune.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/** Session attributes as the session tables hold them: written and read back, or dropped when unreadable. */
class SessionStorageTests {

    private final ConversionService storage = new SessionStorageConfiguration().springSessionConversionService();

    @Test
    void aLoginAndItsCsrfTokenAreReadBackAsWritten() {
        SecurityContextImpl login = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                "dana", null, AuthorityUtils.createAuthorityList("ROLE_AGENT")));
        DefaultCsrfToken csrf = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "a-token");

        assertThat(readBack(login)).isEqualTo(login);
        assertThat(readBack(csrf)).usingRecursiveComparison().isEqualTo(csrf);
    }

    @Test
    void anAttributeOfAClassThisBuildLacksCountsAsAbsentInsteadOfFailingEveryRequest() {
        byte[] stored = storage.convert(new Gone(), byte[].class);
        byte[] writtenByAnotherBuild = new String(stored, StandardCharsets.ISO_8859_1)
                .replace("$Gone", "$Lost").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(storage.convert(writtenByAnotherBuild, Object.class)).isNull();
        assertThat(readBack(new Gone())).isInstanceOf(Gone.class);
    }

    private Object readBack(Object attribute) {
        return storage.convert(storage.convert(attribute, byte[].class), Object.class);
    }

    static final class Gone implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}
