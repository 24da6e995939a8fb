package io.attune.widget;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/**
 * Adds the widget's JPA entities and repositories to the application's scanned packages (the
 * application class lives in another package).
 */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage(basePackages = "io.attune.widget.store")
class WidgetConfiguration {
}
