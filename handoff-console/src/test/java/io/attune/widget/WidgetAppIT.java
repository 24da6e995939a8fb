package io.attune.widget;

import io.attune.app.AttuneApplication;
import io.attune.e2e.KnowledgeTrainedFirst;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port with a private in-memory H2 database, as customers reach it:
 * real security, real engine and models, real sockets. One annotation so the customer-side end-to-end
 * tests share one cached application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = AttuneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:widget-e2e;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                "attune.security.initial-admin.password=widget-e2e-admin-password"})
@ExtendWith(KnowledgeTrainedFirst.class)
@interface WidgetAppIT {
}
