package io.attune.admin.satisfaction;

import io.attune.engine.conversation.Conversation;
import io.attune.engine.conversation.Turn;
import java.time.Duration;
import java.util.Locale;

/** A short anonymised Markdown transcript of a conversation, for a team meeting. */
final class CaseTranscript {

    private CaseTranscript() {
    }

    static String markdown(Conversation conversation, CaseStudy study) {
        Anonymiser anonymiser = CaseStudies.anonymiser(conversation);
        var start = conversation.snapshot().startedAt();
        StringBuilder md = new StringBuilder("# Case study\n\n");
        md.append("Why it is here: ").append(String.join("; ", study.signals().stream().map(CaseStudy.Signal::words).toList()))
                .append(study.rating() == null ? ". No survey answer." : ". Survey: " + study.rating() + " of 5.")
                .append("\n\nNames, e-mail addresses, phone and order numbers are masked. Upset is the strongest of "
                        + "anger, frustration and anxiety Attune read, 0 to 1.\n\n");
        for (Turn t : conversation.turns()) {
            long minutes = Duration.between(start, t.at()).toMinutes();
            md.append("- **").append(who(t)).append("** (+").append(minutes).append(" min");
            if (t.reading() != null) {
                md.append(String.format(Locale.ROOT, ", upset %.2f", t.upset()));
            }
            if (study.turningPoints().stream().anyMatch(p -> p.seq() == t.seq())) {
                md.append(", turning point");
            }
            md.append("): ").append(plain(anonymiser.mask(t.text()))).append('\n');
        }
        return md.toString();
    }

    private static String who(Turn t) {
        return switch (t.author()) {
            case CUSTOMER -> "Customer";
            case AGENT -> "Agent";
            case BOT -> "Bot";
            default -> "System";
        };
    }

    /** One line, with Markdown's markup characters escaped so a customer's text is shown as written. */
    private static String plain(String text) {
        String escaped = text.replaceAll("\\s+", " ").replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
        for (String mask : Anonymiser.MASKS) {
            escaped = escaped.replace("\\[" + mask + "\\]", "[" + mask + "]");
        }
        return escaped;
    }
}
