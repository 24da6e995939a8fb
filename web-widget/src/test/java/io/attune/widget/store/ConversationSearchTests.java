package io.attune.widget.store;

import org.springframework.test.context.TestPropertySource;

/** The conversation list's search on H2, the default database. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:search-tests;DB_CLOSE_DELAY=-1")
class ConversationSearchTests extends ConversationSearchContract {
}
