package io.attune.shop;

import org.springframework.boot.SpringBootConfiguration;

/** The smallest configuration the shop's slice tests need: the slice brings the rest. */
@SpringBootConfiguration
class ShopTestApplication {
}
