package io.attune.cluster;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Instances A and B ({@link Instances}) for all the tests of one class: started before the first, then
 * stopped and their database dropped after the last. Register it as a static {@code @RegisterExtension} field.
 */
final class TwoInstances implements BeforeAllCallback, AfterAllCallback {

    private Instances instances;
    private ConfigurableApplicationContext a;
    private ConfigurableApplicationContext b;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        instances = new Instances();
        a = instances.start();
        b = instances.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (instances != null) {
            instances.close();
        }
    }

    Instances instances() {
        return instances;
    }

    ConfigurableApplicationContext a() {
        return a;
    }

    ConfigurableApplicationContext b() {
        return b;
    }
}
