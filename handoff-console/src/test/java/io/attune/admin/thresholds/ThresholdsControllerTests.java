package io.attune.admin.thresholds;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.attune.admin.Admins;
import io.attune.storage.SettingsRow.Versioned;
import io.attune.engine.handoff.HandoffThresholds;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(ThresholdsController.class)
class ThresholdsControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    LiveThresholds live;

    @BeforeEach
    void inForce() {
        given(live.versioned()).willReturn(new Versioned<>(7, HandoffThresholds.defaults()));
        given(live.history()).willReturn(List.of(new ThresholdChange(7, "grace", Instant.parse("2026-11-23T20:00:00Z"),
                null, HandoffThresholds.defaults())));
    }

    private static MockHttpServletRequestBuilder form(String anger) {
        return post("/admin/thresholds").with(Admins.ada()).with(csrf()).param("version", "7").param("anger", anger)
                .param("frustration", "0.75").param("anxiety", "0.75").param("sadness", "0.80")
                .param("emotionTurns", "2").param("negativeSentiment", "-0.5").param("consecutiveNegativeTurns", "3")
                .param("trendSlope", "-0.35").param("botFailures", "3").param("explicitAsk", "true")
                .param("threatToLeave", "true").param("offerPersonAt", "0.75")
                .param("buildUp", "0.30").param("buildUpDecay", "0.70").param("buildUpFloor", "0.45");
    }

    @Test
    void showsEveryThresholdInForce() throws Exception {
        mvc.perform(get("/admin/thresholds").with(Admins.ada()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"anger\"")))
                .andExpect(content().string(containsString("value=\"0.70\"")))
                .andExpect(content().string(containsString("Consecutive negative turns")))
                .andExpect(content().string(containsString("grace")))
                .andExpect(content().string(containsString("Ada Admin")));
    }

    @Test
    void rejectsAnOutOfRangeValueShowingWhyAndKeepingWhatWasTyped() throws Exception {
        mvc.perform(form("1.7"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Anger must be between 0.05 and 1")))
                .andExpect(content().string(containsString("value=\"1.7\"")));
        verify(live, never()).change(anyLong(), any(), anyString());
    }

    @Test
    void showsTypedMarkupAsTextNeverAsMarkup() throws Exception {
        mvc.perform(form("<b>x</b>"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("&lt;b&gt;x&lt;/b&gt;")))
                .andExpect(content().string(not(containsString("<b>x</b>"))));
    }

    @Test
    void savesValidValuesAsTheAdminAndConfirms() throws Exception {
        given(live.change(eq(7L), any(), eq("ada"))).willReturn(Optional.of(8L));

        mvc.perform(form("0.6")).andExpect(redirectedUrl("/admin/thresholds"));

        verify(live).change(7L, new HandoffThresholds(0.6, 0.75, 0.75, 0.80, 2, -0.5, 3, -0.35, 3, true, true, 0.75, 0.30, 0.70, 0.45), "ada");
    }

    @Test
    void tellsTheAdminWhenSomeoneElseSavedFirst() throws Exception {
        given(live.change(eq(7L), any(), eq("ada"))).willReturn(Optional.empty());

        mvc.perform(form("0.6"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Another admin changed the thresholds meanwhile")));
    }

    @Test
    void refusesAPostWithoutCsrfToken() throws Exception {
        mvc.perform(post("/admin/thresholds").with(Admins.ada()).param("anger", "0.6")).andExpect(status().isForbidden());
    }
}
