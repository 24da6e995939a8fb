package io.attune.e2e;

import io.attune.admin.knowledge.LiveKnowledge;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Before a class of end-to-end tests, waits until the application's knowledge base has had its first
 * training. That training starts in the background when the application is up and, on a busy two-core
 * machine, takes from about twenty seconds to over a minute; the first customer turn waits for it. A test
 * asserting what a customer sees within {@link HeadlessChromium}'s patience must not spend that patience on
 * the start of an application it shares with whichever class happened to run first (a start-up measure
 * belongs in a test of its own). Listed after {@code @SpringBootTest}, so the application is there.
 */
public final class KnowledgeTrainedFirst implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        SpringExtension.getApplicationContext(context).getBean(LiveKnowledge.class).get();
    }
}
