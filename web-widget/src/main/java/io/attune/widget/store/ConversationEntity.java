package io.attune.widget.store;

import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.ConversationState;
import io.attune.engine.conversation.HandoffRecord;
import io.attune.engine.conversation.Survey;
import io.attune.engine.conversation.ClosedBy;
import io.attune.engine.handoff.HandoffDecision;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code conversations}: a {@link ConversationSnapshot} flattened, structured parts as JSON. */
@Entity
@Table(name = "conversations")
class ConversationEntity {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private ConversationState state;
    private String customerName;
    private Instant startedAt;
    private Instant updatedAt;
    private String agentUsername;
    private String agentDisplayName;
    private String handoffDecision;
    private Long handoffAtSeq;
    private Instant handoffAt;
    private Instant handoffJoinedAt;
    private String flow;
    private int botFailures;
    private Integer surveyRating;
    private String surveyComment;
    private Instant surveyAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "closed_by")
    private ClosedBy closedBy;
    private String closeNote;
    private Boolean handoffNeeded;
    /** Written only by {@link CustomerPresenceRows}; read here so the waiting line can leave such rows out. */
    @Column(insertable = false, updatable = false)
    private Instant abandonedAt;

    protected ConversationEntity() {
    }

    static ConversationEntity of(ConversationSnapshot snapshot) {
        ConversationEntity entity = new ConversationEntity();
        entity.id = snapshot.id().value();
        entity.apply(snapshot);
        return entity;
    }

    /** Takes every field of the snapshot (its id must be this row's). */
    void apply(ConversationSnapshot s) {
        state = s.state();
        customerName = s.customerName();
        startedAt = s.startedAt();
        updatedAt = s.updatedAt();
        agentUsername = s.agentUsername();
        agentDisplayName = s.agentDisplayName();
        HandoffRecord h = s.handoff();
        handoffDecision = h == null ? null : Json.write(h.decision());
        handoffAtSeq = h == null ? null : h.atSeq();
        handoffAt = h == null ? null : h.at();
        handoffJoinedAt = h == null ? null : h.joinedAt();
        flow = Json.write(s.flow());
        botFailures = s.botFailures();
        surveyRating = s.survey() == null ? null : s.survey().rating();
        surveyComment = s.survey() == null ? null : s.survey().comment();
        surveyAt = s.survey() == null ? null : s.survey().at();
        closedBy = s.closedBy();
        closeNote = s.closeNote();
        handoffNeeded = s.handoffNeeded();
    }

    ConversationSnapshot toSnapshot() {
        HandoffRecord handoff = handoffAtSeq == null ? null : new HandoffRecord(
                Json.read(handoffDecision, HandoffDecision.class), handoffAtSeq, handoffAt, handoffJoinedAt);
        Survey survey = surveyRating == null ? null : new Survey(surveyRating, surveyComment, surveyAt);
        return new ConversationSnapshot(new ConversationId(id), state, customerName, startedAt, updatedAt,
                agentUsername, agentDisplayName, handoff, Json.readFlow(flow), botFailures, survey, closedBy,
                closeNote, handoffNeeded);
    }
}
