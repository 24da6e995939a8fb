package io.attune.shop;

import io.attune.engine.shop.Shop;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

/** The shop behind the bot's order flows, as {@code attune.shop.backend} chooses. */
@Configuration(proxyBeanMethods = false)
class ShopConfiguration {

    @Bean
    Shop shop(ShopProperties properties, JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
              RestClient.Builder rest) {
        return switch (properties.backend()) {
            case DEMO -> new DemoShop(jdbc, transactions, clock);
            case HTTP -> HttpShop.create(properties.http(), rest, clock);
        };
    }
}
