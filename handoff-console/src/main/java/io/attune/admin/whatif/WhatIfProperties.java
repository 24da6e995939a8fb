package io.attune.admin.whatif;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the admin's what-if ({@code attune.admin.what-if}).
 *
 * @param listLimit   how many handed-over conversations the result lists (all are counted)
 * @param maxPending  what-if runs queued or running at once per instance; more are refused until one ends
 * @param keptResults finished runs kept for their pages to poll
 */
@ConfigurationProperties("attune.admin.what-if")
record WhatIfProperties(@DefaultValue("200") int listLimit, @DefaultValue("2") int maxPending,
                        @DefaultValue("20") int keptResults) {
}
