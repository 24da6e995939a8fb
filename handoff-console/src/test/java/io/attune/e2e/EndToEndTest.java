package io.attune.e2e;

import io.attune.app.AttuneApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole application on a real port, with the real CoreNLP emotion reader and a fresh in-memory
 * database. One annotation for every browser test, so Spring's context cache starts it (and loads the
 * models) once for all of them. Inherited, so {@link BrowserTest}'s subclasses are all such tests.
 */
@Target(ElementType.TYPE)
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = AttuneApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:e2e-${random.uuid};DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "attune.security.initial-admin.password=e2e-first-admin-password"})
@ExtendWith(KnowledgeTrainedFirst.class)
public @interface EndToEndTest {
}
