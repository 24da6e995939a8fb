package io.attune.widget.store;

import org.springframework.test.context.TestPropertySource;

/** The store on H2, the default database. A lock timeout long enough for the lock tests' waits. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:store-tests;LOCK_TIMEOUT=20000;DB_CLOSE_DELAY=-1")
class JpaConversationStoreTests extends ConversationStoreContract {
}
