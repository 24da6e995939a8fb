package io.attune.console;

import io.attune.app.AttuneApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a private in-memory H2 database (real Flyway migrations, real row locks),
 * driven through MockMvc. One annotation so every console and security test shares one cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = AttuneApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:console-tests;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "attune.security.initial-admin.username=root",
        "attune.security.initial-admin.password=first-admin-password",
        "attune.console.max-conversations-per-agent=2"})
@AutoConfigureMockMvc
@Import(ConsoleTestConfiguration.class)
public @interface ConsoleAppTest {
}
