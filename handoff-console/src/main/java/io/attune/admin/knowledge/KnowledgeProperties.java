package io.attune.admin.knowledge;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the live knowledge base ({@code attune.admin.knowledge}).
 *
 * @param recheck how often an instance asks the database whether another instance saved a newer knowledge base
 */
@ConfigurationProperties("attune.admin.knowledge")
record KnowledgeProperties(@DefaultValue("2s") Duration recheck) {
}
