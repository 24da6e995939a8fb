package io.attune.widget.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class WebSocketIoBuffersTests {

    private String before;

    @BeforeEach
    void rememberTheJvmsSetting() {
        before = System.clearProperty(WebSocketIoBuffers.TOMCAT_PROPERTY);
    }

    @AfterEach
    void restoreIt() {
        System.clearProperty(WebSocketIoBuffers.TOMCAT_PROPERTY);
        if (before != null) {
            System.setProperty(WebSocketIoBuffers.TOMCAT_PROPERTY, before);
        }
    }

    @Test
    void givesTomcatHalfItsDefaultBuffersUnlessConfigured() {
        new WebSocketIoBuffers().postProcessEnvironment(new MockEnvironment(), new SpringApplication());

        assertThat(System.getProperty(WebSocketIoBuffers.TOMCAT_PROPERTY)).isEqualTo("4096");
    }

    @Test
    void passesTheConfiguredSizeToTomcat() {
        MockEnvironment environment = new MockEnvironment().withProperty(WebSocketIoBuffers.PROPERTY, "2048");

        new WebSocketIoBuffers().postProcessEnvironment(environment, new SpringApplication());

        assertThat(System.getProperty(WebSocketIoBuffers.TOMCAT_PROPERTY)).isEqualTo("2048");
    }

    @Test
    void leavesASizeGivenOnTheCommandLine() {
        System.setProperty(WebSocketIoBuffers.TOMCAT_PROPERTY, "16384");
        MockEnvironment environment = new MockEnvironment().withProperty(WebSocketIoBuffers.PROPERTY, "2048");

        new WebSocketIoBuffers().postProcessEnvironment(environment, new SpringApplication());

        assertThat(System.getProperty(WebSocketIoBuffers.TOMCAT_PROPERTY)).isEqualTo("16384");
    }

    @Test
    void isRegisteredToRunBeforeTheServerStarts() throws Exception {
        var factories = getClass().getClassLoader().getResources("META-INF/spring.factories");
        StringBuilder all = new StringBuilder();
        while (factories.hasMoreElements()) {
            try (var in = factories.nextElement().openStream()) {
                all.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertThat(all).contains("EnvironmentPostProcessor=" + WebSocketIoBuffers.class.getName());
    }
}
