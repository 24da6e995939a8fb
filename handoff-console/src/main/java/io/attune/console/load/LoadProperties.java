package io.attune.console.load;

import io.attune.engine.load.LoadRules;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first load rules, stored on the first start; after that the admin's, at {@code /admin/load}.
 *
 * @param heavyAt   peak upset (0..1) from which a chat is heavy
 * @param hostileAt peak anger or frustration (0..1) with the agent from which a close is hostile
 * @param pause     the pause suggested after a hostile close
 * @param window    how long a chat keeps weighing on its agent after it ends
 * @param supervisorRefresh how often the supervisor's view asks again
 */
@ConfigurationProperties("attune.console.load")
public record LoadProperties(@DefaultValue("0.7") double heavyAt, @DefaultValue("0.7") double hostileAt,
                      @DefaultValue("5m") Duration pause, @DefaultValue("1h") Duration window,
                      @DefaultValue("5s") Duration supervisorRefresh) {

    LoadRules rules() {
        return new LoadRules(heavyAt, hostileAt, pause, window);
    }
}
