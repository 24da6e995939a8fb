package io.attune.widget.it;

import io.attune.engine.ConversationEngine;
import io.attune.engine.handoff.HandoffThresholds;
import io.attune.engine.shop.InMemoryShop;
import io.attune.engine.store.ConversationStore;
import java.time.Clock;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The widget with a real engine, the JPA store on H2 and a scripted bot: what the widget's
 * full-server tests run against, without the console's application around it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = "io.attune.widget",
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*StoreTestApplication"))
@ConfigurationPropertiesScan("io.attune.widget")
class WidgetTestApplication {

    @Bean
    ConversationEngine conversationEngine(ConversationStore store, ApplicationEventPublisher events) {
        ScriptedBot bot = new ScriptedBot();
        return new ConversationEngine(store, bot, () -> bot, InMemoryShop.empty(), HandoffThresholds::defaults, events::publishEvent,
                Clock.systemUTC(), 0.45);
    }
}
