package io.attune.admin.knowledge;

import io.attune.admin.knowledge.StoredKnowledge.Versioned;
import io.attune.engine.knowledge.IntentDefinition;
import io.attune.engine.knowledge.InvalidKnowledgeException;
import io.attune.engine.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;

/**
 * Applies an admin's edit to the saved knowledge base, checks the result is still a usable knowledge
 * base, saves it unless someone else saved first, and starts the retraining.
 */
@Service
class KnowledgeEditor {

    private final StoredKnowledge store;
    private final LiveKnowledge live;

    KnowledgeEditor(StoredKnowledge store, LiveKnowledge live) {
        this.store = store;
        this.live = live;
    }

    /** The latest saved knowledge base (it may still be training). */
    Versioned saved() {
        live.get();
        return store.load().orElseThrow();
    }

    Optional<Long> replace(long basedOn, String name, IntentDefinition changed, String by) {
        return edit(basedOn, intents -> {
            int at = requireIndex(intents, name);
            if (!changed.name().equals(name) && indexOf(intents, changed.name()) >= 0) {
                throw new InvalidKnowledgeException("another intent is already named " + changed.name());
            }
            intents.set(at, changed);
            return intents;
        }, by);
    }

    Optional<Long> add(long basedOn, IntentDefinition added, String by) {
        return edit(basedOn, intents -> {
            if (indexOf(intents, added.name()) >= 0) {
                throw new InvalidKnowledgeException("an intent named " + added.name() + " already exists");
            }
            intents.add(added);
            return intents;
        }, by);
    }

    Optional<Long> remove(long basedOn, String name, String by) {
        return edit(basedOn, intents -> {
            intents.remove(requireIndex(intents, name));
            return intents;
        }, by);
    }

    /**
     * @return the new version, or empty when the edit was based on an older version than the saved one
     * @throws InvalidKnowledgeException when the edited knowledge base breaks a rule
     * @throws UnknownIntentException    when the edit names an intent that does not exist
     */
    private Optional<Long> edit(long basedOn, UnaryOperator<List<IntentDefinition>> change, String by) {
        Versioned saved = saved();
        if (saved.version() != basedOn) {
            return Optional.empty();
        }
        KnowledgeBase next = new KnowledgeBase(saved.base().name(), change.apply(new ArrayList<>(saved.base().intents())));
        Optional<Long> version = store.replace(basedOn, next, by);
        version.ifPresent(v -> live.retrain());
        return version;
    }

    private static int requireIndex(List<IntentDefinition> intents, String name) {
        int at = indexOf(intents, name);
        if (at < 0) {
            throw new UnknownIntentException(name);
        }
        return at;
    }

    private static int indexOf(List<IntentDefinition> intents, String name) {
        for (int i = 0; i < intents.size(); i++) {
            if (intents.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
