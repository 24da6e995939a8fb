package io.attune.console.presence;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Presence is refreshed on a timer. */
@Configuration
@EnableScheduling
class SchedulingConfiguration {
}
