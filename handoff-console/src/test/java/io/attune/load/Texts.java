package io.attune.load;

import io.attune.engine.quality.Datasets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What simulated customers type: routine questions drawn from the Bitext customer-support set
 * (without the intents that ask for a person or threaten to leave, and without the offensive
 * variants), and an escalation a fed-up customer works through until a person takes over.
 */
final class Texts {

    private static final Set<String> NOT_ROUTINE = Set.of("contact_human_agent", "contact_customer_service",
            "complaint", "cancel_order", "delete_account", "review");

    private static final List<String> ESCALATION = List.of(
            "This is the third time I am asking and my parcel is still missing. I am really angry now.",
            "Your answers are useless, this is absolutely ridiculous and I am furious!",
            "I want to talk to a real person right now.",
            "Get me a human agent immediately, I am done with this bot.",
            "I am so angry, nobody helps me. Let me speak to a person!",
            "Connect me to a human being now.");

    static final String THANKS = "Thank you, that helps a lot.";

    private final List<String> routine;

    private Texts(List<String> routine) {
        if (routine.isEmpty()) {
            throw new IllegalStateException("no routine questions found in the Bitext data set");
        }
        this.routine = routine;
    }

    static Texts load() {
        List<String> routine = Datasets.locate().bitext().stream()
                .filter(row -> !NOT_ROUTINE.contains(row.intent()) && !row.tags().contains("W"))
                .map(Datasets.BitextRow::instruction)
                .filter(text -> text.length() <= 300)
                .toList();
        return new Texts(routine);
    }

    String routineQuestion() {
        return routine.get(ThreadLocalRandom.current().nextInt(routine.size()));
    }

    /** The n-th angry message, repeating the last ones if the bot still has not handed over. */
    static String escalation(int n) {
        return ESCALATION.get(Math.min(n, ESCALATION.size() - 1 - (n % 2)));
    }

    static int escalationLimit() {
        return ESCALATION.size() + 4;
    }
}
