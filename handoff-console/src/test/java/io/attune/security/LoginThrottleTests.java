package io.attune.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import io.attune.console.Agents;
import io.attune.console.ConsoleAppTest;
import io.attune.console.agent.AgentAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Wrong passwords slow down the address that sends them, are audited, and never lock the user out elsewhere. */
@ConsoleAppTest
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleTests {

    private static final String ATTACKER = "198.51.100.66";
    private static final String OFFICE = "198.51.100.10";

    @Autowired
    MockMvc mvc;
    @Autowired
    AgentAccounts accounts;
    @Autowired
    UserDetailsService users;

    @Test
    void aBruteForcerMustWaitEvenWithTheRightPasswordWhileTheUserSignsInFromElsewhere(CapturedOutput log)
            throws Exception {
        Agents.agent(accounts, users, "rhea", "Rhea");
        // Five free attempts; the sixth wrong one makes this address wait a second, then 2, 4, 8 ... s.
        for (int i = 0; i < 6; i++) {
            signIn("rhea", "guess-" + i, ATTACKER).andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        }

        signIn("rhea", Agents.PASSWORD, ATTACKER).andExpect(redirectedUrlPattern("/login?throttled=*"))
                .andExpect(header().exists("Retry-After")).andExpect(unauthenticated());
        signIn("rhea", Agents.PASSWORD, OFFICE).andExpect(redirectedUrl("/console")).andExpect(authenticated());

        assertThat(log.getOut()).contains("failed sign-in for user \"rhea\" from " + ATTACKER + " (1 in a row")
                .contains("(6 in a row").contains("next attempt in 1 s").contains("sign-in refused without checking the password for user \"rhea\" from "
                        + ATTACKER);
    }

    @Test
    void theLoginPageSaysHowLongToWait() throws Exception {
        mvc.perform(get("/login").param("throttled", "16"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Please wait 16 seconds")));
        mvc.perform(get("/login").param("throttled", "<script>"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script>"))));
    }

    private ResultActions signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }
}
