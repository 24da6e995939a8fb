package io.attune.admin.whatif;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.attune.admin.Admins;
import io.attune.engine.handoff.HandoffThresholds;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(WhatIfController.class)
class WhatIfControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    WhatIfRuns runs;

    private static MockHttpServletRequestBuilder whatIf(String anger) {
        return post("/admin/thresholds/what-if").with(Admins.ada()).with(csrf()).param("anger", anger)
                .param("frustration", "0.75").param("anxiety", "0.75").param("sadness", "0.80")
                .param("emotionTurns", "2").param("negativeSentiment", "-0.5").param("consecutiveNegativeTurns", "3")
                .param("trendSlope", "-0.35").param("botFailures", "3").param("offerPersonAt", "0.75")
                .param("buildUp", "0.30").param("buildUpDecay", "0.70").param("buildUpFloor", "0.45");
    }

    @Test
    void startsAReplayOfTheTypedValues() throws Exception {
        given(runs.start(new HandoffThresholds(0.9, 0.75, 0.75, 0.80, 2, -0.5, 3, -0.35, 3, false, false, 0.75, 0.30, 0.70, 0.45)))
                .willReturn(Optional.of("run-1"));

        mvc.perform(whatIf("0.9")).andExpect(status().isAccepted()).andExpect(jsonPath("$.id").value("run-1"));
    }

    @Test
    void answersFieldErrorsForOutOfRangeValues() throws Exception {
        mvc.perform(whatIf("7"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.anger").value("Anger must be between 0.05 and 1"));
        verify(runs, never()).start(any());
    }

    @Test
    void refusesAFloodOfRunsWithAClearMessage() throws Exception {
        given(runs.start(any())).willReturn(Optional.empty());

        mvc.perform(whatIf("0.9"))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.error").value("Other what-ifs are still running; try again when they finish."));
    }

    @Test
    void anUnknownRunIsNotFound() throws Exception {
        mvc.perform(get("/admin/thresholds/what-if/nope").with(Admins.ada())).andExpect(status().isNotFound());
    }

    @Test
    void refusesAStartWithoutCsrfToken() throws Exception {
        mvc.perform(post("/admin/thresholds/what-if").with(Admins.ada()).param("anger", "0.9"))
                .andExpect(status().isForbidden());
    }
}
