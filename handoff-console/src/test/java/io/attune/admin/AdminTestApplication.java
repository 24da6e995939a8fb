package io.attune.admin;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The configuration the admin's slice tests ({@code @WebMvcTest}, {@code @JdbcTest}) find by searching
 * upwards from their package: the application class lives in {@code io.attune.app}, beside, not above.
 * Full-application tests name {@code io.attune.app.AttuneApplication} explicitly.
 */
@SpringBootApplication
class AdminTestApplication {
}
