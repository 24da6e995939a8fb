package io.attune.widget.messaging;

/** The JSON bodies a customer SENDs (see docs/ARCHITECTURE.md, "Customer messaging"). */
final class CustomerRequests {

    private CustomerRequests() {
    }

    record Say(String clientId, String text) {
    }

    record Typing(boolean typing) {
    }

    record History(long afterSeq) {
    }

    record SurveyAnswer(Integer rating, String comment) {
    }
}
