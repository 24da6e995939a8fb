package io.attune.engine.store;

import io.attune.engine.conversation.ConversationId;
import io.attune.engine.conversation.ConversationSnapshot;
import io.attune.engine.conversation.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Keeps conversations in memory: for tests, replays and the benchmark. Thread-safe. */
public final class InMemoryConversationStore implements ConversationStore {

    private final Map<ConversationId, ConversationSnapshot> snapshots = new ConcurrentHashMap<>();
    private final Map<ConversationId, List<Turn>> turns = new ConcurrentHashMap<>();
    private final Map<ConversationId, Object> locks = new ConcurrentHashMap<>();

    @Override
    public void create(ConversationSnapshot snapshot) {
        if (snapshots.putIfAbsent(snapshot.id(), snapshot) != null) {
            throw new IllegalStateException("conversation exists: " + snapshot.id());
        }
        turns.put(snapshot.id(), new ArrayList<>());
    }

    @Override
    public Optional<ConversationSnapshot> find(ConversationId id) {
        return Optional.ofNullable(snapshots.get(id));
    }

    @Override
    public void update(ConversationSnapshot snapshot) {
        if (snapshots.replace(snapshot.id(), snapshot) == null) {
            throw new IllegalStateException("no such conversation: " + snapshot.id());
        }
    }

    @Override
    public void append(ConversationId id, Turn turn) {
        List<Turn> list = turnList(id);
        synchronized (list) {
            if (turn.seq() != list.size() + 1) {
                throw new IllegalStateException("turn " + turn.seq() + " is not next after " + list.size());
            }
            list.add(turn);
        }
    }

    @Override
    public List<Turn> turns(ConversationId id) {
        return turnsAfter(id, 0);
    }

    @Override
    public List<Turn> turnsAfter(ConversationId id, long afterSeq) {
        List<Turn> list = turnList(id);
        synchronized (list) {
            return list.stream().filter(t -> t.seq() > afterSeq).toList();
        }
    }

    @Override
    public List<Turn> recentTurns(ConversationId id, int limit) {
        List<Turn> list = turnList(id);
        synchronized (list) {
            return List.copyOf(list.subList(Math.max(0, list.size() - limit), list.size()));
        }
    }

    @Override
    public Optional<Turn> turnByClientId(ConversationId id, String clientId) {
        if (clientId == null) {
            return Optional.empty();
        }
        List<Turn> list = turnList(id);
        synchronized (list) {
            return list.stream().filter(t -> clientId.equals(t.clientId())).findFirst();
        }
    }

    @Override
    public <T> T locked(ConversationId id, Supplier<T> work) {
        synchronized (locks.computeIfAbsent(id, k -> new Object())) {
            return work.get();
        }
    }

    private List<Turn> turnList(ConversationId id) {
        return Objects.requireNonNull(turns.get(id), () -> "no such conversation: " + id);
    }
}
