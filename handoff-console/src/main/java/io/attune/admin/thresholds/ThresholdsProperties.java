package io.attune.admin.thresholds;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the live thresholds ({@code attune.admin.thresholds}).
 *
 * @param recheck     how often an instance asks the database whether another instance changed the thresholds
 * @param historySize how many past changes the page lists
 */
@ConfigurationProperties("attune.admin.thresholds")
record ThresholdsProperties(@DefaultValue("1s") Duration recheck, @DefaultValue("50") int historySize) {
}
