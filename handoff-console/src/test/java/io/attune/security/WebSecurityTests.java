package io.attune.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.attune.console.Agents;
import io.attune.console.ConsoleAppTest;
import io.attune.console.agent.AgentAccounts;
import io.attune.console.agent.AgentPrincipal;
import io.attune.console.agent.Role;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Logging in, who may open which page, and CSRF on every form. */
@ConsoleAppTest
@AutoConfigureObservability(tracing = false) // tests switch metrics export off unless told: /actuator/prometheus is checked here
class WebSecurityTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AgentAccounts accounts;
    @Autowired
    UserDetailsService users;

    AgentPrincipal dana;
    AgentPrincipal admin;

    @BeforeEach
    void accounts() {
        dana = Agents.agent(accounts, users, "dana", "Dana");
        admin = (AgentPrincipal) users.loadUserByUsername("root");
    }

    @Test
    void anonymousVisitorsAreSentToLogin() throws Exception {
        for (String page : new String[] {"/console", "/console/conversations/" + UUID.randomUUID(), "/admin/users",
                "/admin/thresholds"}) {
            mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        }
    }

    @Test
    void prometheusMetricsAreForAdminsOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/prometheus").with(user(dana))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes")));
    }

    @Test
    void consolePagesForbidInlineScriptsFramingAndCrossSiteReferrers() throws Exception {
        mvc.perform(get("/console").with(user(dana))).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("script-src 'self'"),
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void agentsAreRefusedAdminPages() throws Exception {
        mvc.perform(get("/admin/users").with(user(dana))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/thresholds").with(user(dana))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/load").with(user(dana))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/load/agents").with(user(dana))).andExpect(status().isForbidden());
        mvc.perform(get("/console").with(user(dana))).andExpect(status().isOk());
    }

    @Test
    void firstAdminFromTheSettingsLogsInWithAHashedPassword() throws Exception {
        mvc.perform(formLogin("/login").user("root").password("first-admin-password"))
                .andExpect(authenticated().withRoles("ADMIN")).andExpect(redirectedUrl("/console"));
        mvc.perform(formLogin("/login").user("root").password("wrong"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        assertThat(accounts.find("root").orElseThrow().passwordHash()).startsWith("{bcrypt}")
                .doesNotContain("first-admin-password");
    }

    @Test
    void adminCreatesAnAgentWhoCanThenLogIn() throws Exception {
        mvc.perform(post("/admin/users").with(user(admin)).with(csrf()).param("username", "lee")
                        .param("displayName", "Lee").param("role", "AGENT").param("password", "lee-password-123"))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(formLogin("/login").user("lee").password("lee-password-123"))
                .andExpect(authenticated().withUsername("lee").withRoles("AGENT"));
        mvc.perform(get("/admin/users").with(user(admin))).andExpect(content().string(
                org.hamcrest.Matchers.containsString("Lee")));
    }

    @Test
    void invalidNewAccountIsExplainedNotStored() throws Exception {
        mvc.perform(post("/admin/users").with(user(admin)).with(csrf()).param("username", "<b>x</b>")
                        .param("displayName", "X").param("role", "AGENT").param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Use 3 to 32 lower-case letters")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Use a password of 10 to 128")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<b>x</b>"))));
        assertThat(accounts.find("<b>x</b>")).isEmpty();
    }

    @Test
    void everyFormPostNeedsTheCsrfToken() throws Exception {
        String id = UUID.randomUUID().toString();
        String[] agentPosts = {"/console/conversations/" + id + "/claim", "/console/conversations/" + id + "/hand-back",
                "/console/conversations/" + id + "/transfer", "/console/conversations/" + id + "/close",
                "/console/messages/" + id + "/answered", "/logout"};
        for (String url : agentPosts) {
            mvc.perform(post(url).with(user(dana))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/users").with(user(admin)).param("username", "nocsrf").param("displayName", "N")
                .param("role", "ADMIN").param("password", "no-csrf-password")).andExpect(status().isForbidden());
        assertThat(accounts.find("nocsrf")).isEmpty();
        mvc.perform(post("/login").param("username", "root").param("password", "first-admin-password"))
                .andExpect(status().isForbidden());
    }

    @Test
    void customerApiNeedsNoLoginAndNoCsrf() throws Exception {
        mvc.perform(get("/api/availability")).andExpect(status().isOk());
        mvc.perform(post("/api/offline-messages").contentType("application/json")
                        .content("{\"name\":\"Kim\",\"text\":\"Please call me back\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void roleNamesMatchTheSecurityRules() {
        assertThat(Role.ADMIN.authority()).isEqualTo("ROLE_ADMIN");
        assertThat(dana.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_AGENT");
    }
}
