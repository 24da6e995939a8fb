package io.attune.admin.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.attune.console.load.LiveLoadRules;
import io.attune.console.load.LoadProperties;
import io.attune.engine.load.LoadRules;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The load rules in force against a real (embedded) database with the application's migrations. */
@JdbcTest(properties = "attune.console.load.heavy-at=0.6")
@Import({LiveLoadRules.class, LiveLoadRulesTests.Clocks.class})
@EnableConfigurationProperties(LoadProperties.class)
class LiveLoadRulesTests {

    private static final LoadRules STRICTER = new LoadRules(0.5, 0.6, Duration.ofMinutes(10), Duration.ofHours(2));

    @Autowired
    LiveLoadRules rules;

    @Test
    void startsFromTheSettingsAndTakesAChangeBasedOnTheVersionInForceButNotOneBasedOnAnOlder() {
        long first = rules.versioned().version();
        assertThat(rules.current().heavyAt()).isEqualTo(0.6);

        assertThat(rules.change(first, STRICTER, "ada")).isTrue();
        assertThat(rules.versioned().version()).isEqualTo(first + 1);
        assertThat(rules.current()).isEqualTo(STRICTER);

        assertThat(rules.change(first, LoadRules.defaults(), "grace")).as("based on the values before Ada's").isFalse();
        assertThat(rules.current()).isEqualTo(STRICTER);
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }
}
