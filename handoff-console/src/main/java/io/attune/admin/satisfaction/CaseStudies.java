package io.attune.admin.satisfaction;

import io.attune.engine.ConversationEngine;
import io.attune.engine.conversation.Author;
import io.attune.engine.conversation.Conversation;
import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.Turn;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The case studies of the recent ended conversations, and one's anonymised transcript. */
@Service
class CaseStudies {

    /** How many recent ended conversations are looked at: bounds the page's work. */
    static final int LOOKED_AT = 300;
    static final int LISTED = 25;

    private final JdbcTemplate jdbc;
    private final ConversationEngine engine;

    CaseStudies(JdbcTemplate jdbc, ConversationEngine engine) {
        this.jdbc = jdbc;
        this.engine = engine;
    }

    /** A listed case and the customer's name as stored (the admin's page shows it; the export masks it). */
    public record Listed(CaseStudy study, String customerName, Instant startedAt) {
        private static final java.time.format.DateTimeFormatter MINUTES =
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneOffset.UTC);

        public String started() {
            return MINUTES.format(startedAt);
        }
    }

    List<Listed> since(Instant since) {
        List<UUID> ids = jdbc.query("SELECT id FROM conversations WHERE started_at >= ? AND state IN ('SURVEY', 'CLOSED') "
                + "ORDER BY started_at DESC LIMIT " + LOOKED_AT, (rs, n) -> rs.getObject(1, UUID.class), Timestamp.from(since));
        List<Listed> listed = new ArrayList<>();
        for (UUID id : ids) {
            engine.find(new ConversationId(id)).ifPresent(c -> CaseStudy.of(c, anonymiser(c)).ifPresent(
                    s -> listed.add(new Listed(s, c.snapshot().customerName(), c.snapshot().startedAt()))));
        }
        return listed.stream().sorted(java.util.Comparator.comparing(Listed::study, CaseStudy.MOST_MISSED))
                .limit(LISTED).toList();
    }

    /** The Markdown transcript, or empty for an unknown conversation or one that is no case study. */
    Optional<String> transcript(ConversationId id) {
        return engine.find(id).flatMap(c -> CaseStudy.of(c, anonymiser(c)).map(s -> CaseTranscript.markdown(c, s)));
    }

    static Anonymiser anonymiser(Conversation c) {
        List<String> names = new ArrayList<>();
        names.add(c.snapshot().customerName());
        names.add(c.snapshot().agentDisplayName());
        c.turns().stream().filter(t -> t.author() != Author.BOT).map(Turn::authorName).forEach(names::add);
        return new Anonymiser(names);
    }
}
