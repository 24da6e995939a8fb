package io.attune.console.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InboxRequestTests {

    @Test
    void cutsALongSearchToAHundredCharactersAndSaysSo() {
        InboxRequest request = InboxRequest.of("all", "  " + "a".repeat(150) + " ", "1");

        assertThat(request.search()).hasSize(100);
        assertThat(request.cut()).isTrue();
        assertThat(InboxRequest.of("all", " refund ", "1")).extracting(InboxRequest::search, InboxRequest::cut)
                .containsExactly("refund", false);
    }

    @Test
    void readsAnUnknownFilterOrPageAsTheDefault() {
        assertThat(InboxRequest.of("nonsense", null, "x").filter()).isEqualTo(InboxFilter.ALL);
        assertThat(InboxRequest.of(null, null, null).page()).isEqualTo(1);
        assertThat(InboxRequest.of("waiting", null, "-3").page()).isEqualTo(1);
        assertThat(InboxRequest.of("closed", null, "99999999999").page()).isEqualTo(1);
        assertThat(InboxRequest.of("closed", null, "5000").page()).isEqualTo(InboxRequest.MAX_PAGE);
    }

    @Test
    void pagesTwentyFiveAtATime() {
        assertThat(InboxRequest.of("bot", "", "3").offset()).isEqualTo(50);
        assertThat(InboxRequest.of("bot", "", "3").filter()).isEqualTo(InboxFilter.WITH_BOT);
    }
}
