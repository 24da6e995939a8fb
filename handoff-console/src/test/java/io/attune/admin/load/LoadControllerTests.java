package io.attune.admin.load;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.attune.admin.Admins;
import io.attune.console.load.LiveLoadRules;
import io.attune.console.load.LoadProperties;
import io.attune.console.load.TeamLoad;
import io.attune.console.reflection.Reflections;
import io.attune.engine.load.AgentLoad;
import io.attune.engine.load.LoadRules;
import io.attune.storage.SettingsRow;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(LoadController.class)
@Import(LoadControllerTests.Settings.class)
class LoadControllerTests {

    @TestConfiguration
    static class Settings {
        @Bean
        LoadProperties loadProperties() {
            return new LoadProperties(0.7, 0.7, Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofSeconds(5));
        }
    }

    @Autowired
    MockMvc mvc;
    @MockitoBean
    TeamLoad team;
    @MockitoBean
    LiveLoadRules rules;
    @MockitoBean
    Reflections reflections;

    @BeforeEach
    void inForce() {
        given(rules.versioned()).willReturn(new SettingsRow.Versioned<>(3, LoadRules.defaults()));
    }

    @Test
    void showsTheRulesInForce() throws Exception {
        mvc.perform(get("/admin/load").with(Admins.ada()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"heavyAt\"")))
                .andExpect(content().string(containsString("value=\"0.7\"")))
                .andExpect(content().string(containsString("Pause after a hostile close (minutes)")));
    }

    @Test
    void savesValidRulesForEveryInstance() throws Exception {
        given(rules.change(eq(3L), any(), eq("ada"))).willReturn(true);
        mvc.perform(post("/admin/load").with(Admins.ada()).with(csrf()).param("version", "3").param("heavyAt", "0.6")
                        .param("hostileAt", "0.8").param("pauseMinutes", "10").param("windowMinutes", "90"))
                .andExpect(redirectedUrl("/admin/load"));
        verify(rules).change(3L, new LoadRules(0.6, 0.8, Duration.ofMinutes(10), Duration.ofMinutes(90)), "ada");
    }

    @Test
    void refusesAnOutOfRangeOrMalformedValueWithOurOwnWordsNeverTheInput() throws Exception {
        mvc.perform(post("/admin/load").with(Admins.ada()).with(csrf()).param("version", "3")
                        .param("heavyAt", "<script>alert(1)</script>").param("hostileAt", "1.5")
                        .param("pauseMinutes", "0").param("windowMinutes", "60"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter a number above 0 and at most 1")))
                .andExpect(content().string(containsString("Enter whole minutes from 1 to 60.")))
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
        verify(rules, never()).change(anyLong(), any(), anyString());
    }

    @Test
    void theSupervisorGetsLoadsByDisplayNameAndOnlyCountsOfReflections() throws Exception {
        given(team.everyone()).willReturn(List.of(new AgentLoad("sam", "Sam Lightfoot", 1.234, 1, 1, 2)));
        given(reflections.countsPerAgent()).willReturn(Map.of("sam", 2));
        mvc.perform(get("/admin/load/agents").with(Admins.ada()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agents[0].displayName").value("Sam Lightfoot"))
                .andExpect(jsonPath("$.agents[0].load").value(1.23))
                .andExpect(jsonPath("$.agents[0].heavy").value(1))
                .andExpect(jsonPath("$.agents[0].light").value(2))
                .andExpect(jsonPath("$.agents[0].reflections").value(2))
                .andExpect(content().string(not(containsString("\"sam\""))));
    }

    @Test
    void aChangeWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/load").with(Admins.ada()).param("heavyAt", "0.6")).andExpect(status().isForbidden());
    }
}
