package io.attune.widget.store;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest application the store's slice tests need. */
@SpringBootApplication
class StoreTestApplication {
}
