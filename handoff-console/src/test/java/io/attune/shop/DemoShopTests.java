package io.attune.shop;

import org.springframework.test.context.TestPropertySource;

/** The demo shop on H2, the default database. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:demo-shop-tests;DB_CLOSE_DELAY=-1")
class DemoShopTests extends DemoShopContract {
}
