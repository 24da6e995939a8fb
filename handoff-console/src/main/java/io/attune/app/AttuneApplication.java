package io.attune.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Runs Attune: the customer widget, the agent console and the admin pages in one application. */
@SpringBootApplication(scanBasePackages = "io.attune")
@ConfigurationPropertiesScan("io.attune")
public class AttuneApplication {

    public static void main(String[] args) {
        SpringApplication.run(AttuneApplication.class, args);
    }
}
