package io.attune.engine.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.attune.engine.intent.IntentPrediction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The bot's answers: the intents it knows, each with examples to learn from. Kept as YAML (the seed is
 * the classpath resource {@value #SHOP}); an intent named {@value IntentPrediction#OUT_OF_SCOPE} holds
 * examples of questions the shop does not answer, so the classifier learns to recognise them too.
 */
public record KnowledgeBase(String name, List<IntentDefinition> intents) {

    public static final String SHOP = "knowledge/shop.yml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public KnowledgeBase {
        intents = intents == null ? List.of() : List.copyOf(intents);
        Set<String> names = new HashSet<>();
        for (IntentDefinition intent : intents) {
            if (!names.add(intent.name())) {
                throw new InvalidKnowledgeException("intent " + intent.name() + " is defined twice");
            }
        }
        if (answerable(intents).size() < 2) {
            throw new InvalidKnowledgeException("a knowledge base needs at least two intents the bot answers");
        }
        name = name == null || name.isBlank() ? "Knowledge base" : name.strip();
    }

    public Optional<IntentDefinition> intent(String intentName) {
        return intents.stream().filter(i -> i.name().equals(intentName)).findFirst();
    }

    /** The intents the bot answers (not the out-of-scope examples). */
    public List<IntentDefinition> answerable() {
        return answerable(intents);
    }

    private static List<IntentDefinition> answerable(List<IntentDefinition> intents) {
        return intents.stream().filter(i -> !i.name().equals(IntentPrediction.OUT_OF_SCOPE)).toList();
    }

    public static KnowledgeBase shop() {
        try (InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(SHOP)) {
            if (in == null) {
                throw new IllegalStateException(SHOP + " is missing from the classpath");
            }
            return fromYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws InvalidKnowledgeException when the YAML is malformed or breaks a rule, with the reason */
    public static KnowledgeBase fromYaml(String yaml) {
        try {
            KnowledgeBase base = YAML.readValue(yaml, KnowledgeBase.class);
            if (base == null) {
                throw new InvalidKnowledgeException("the knowledge base is empty");
            }
            return base;
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof InvalidKnowledgeException ike ? ike : e;
            throw cause instanceof InvalidKnowledgeException ike ? ike
                    : new InvalidKnowledgeException("not a valid knowledge base: " + e.getOriginalMessage(), e);
        }
    }

    public String toYaml() {
        try {
            return YAML.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the knowledge base as YAML", e);
        }
    }

    public static KnowledgeBase load(Path file) throws IOException {
        return fromYaml(Files.readString(file, StandardCharsets.UTF_8));
    }

    public void save(Path file) throws IOException {
        Files.writeString(file, toYaml(), StandardCharsets.UTF_8);
    }
}
