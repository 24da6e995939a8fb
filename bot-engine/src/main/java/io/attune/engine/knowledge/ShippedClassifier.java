package io.attune.engine.knowledge;

import io.attune.engine.intent.LabeledText;
import io.attune.engine.intent.LinearIntentClassifier;
import io.attune.engine.intent.TextNormalisation;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The shop's intent classifier trained ahead of time ({@code TrainShopClassifier}), so a start does not spend
 * 15 s of a core encoding and training the seeded knowledge base. It is used only when the knowledge base, the
 * training options and the normalisation are exactly those it was trained from (a fingerprint of all of them):
 * training is deterministic, so it answers as a fresh training would; any other knowledge base (an admin's edit)
 * is trained as before.
 */
final class ShippedClassifier {

    static final String RESOURCE = "/models/shop-intents.bin";
    private static final int FORMAT = 1;

    private ShippedClassifier() {
    }

    /** What the trained classifier depends on: the examples with their labels, the vocabulary, every option. */
    static String fingerprint(List<LabeledText> examples, Collection<String> vocabulary, TextNormalisation steps) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, "attune-intents-" + FORMAT);
            update(digest, LinearIntentClassifier.OPTIONS.toString());
            update(digest, LinearIntentClassifier.CHECK_OPTIONS.toString());
            update(digest, LinearIntentClassifier.WORDS_OPTIONS.toString());
            update(digest, steps.toString());
            for (LabeledText e : examples) {
                update(digest, e.label());
                update(digest, e.text());
            }
            update(digest, "vocabulary");
            vocabulary.forEach(v -> update(digest, v));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) (bytes.length >>> 24));
        digest.update((byte) (bytes.length >>> 16));
        digest.update((byte) (bytes.length >>> 8));
        digest.update((byte) bytes.length);
        digest.update(bytes);
    }

    /** The shipped classifier when it was trained from exactly this fingerprint, else empty. */
    static Optional<LinearIntentClassifier> matching(String fingerprint, Collection<String> vocabulary,
                                                     double minConfidence, TextNormalisation steps) {
        try (InputStream in = ShippedClassifier.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            DataInputStream data = new DataInputStream(new BufferedInputStream(in));
            if (!data.readUTF().equals(fingerprint)) {
                return Optional.empty();
            }
            return Optional.of(LinearIntentClassifier.read(data, vocabulary, minConfidence, steps));
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped intent classifier " + RESOURCE + " does not read", e);
        }
    }

    static void write(String fingerprint, LinearIntentClassifier classifier, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(fingerprint);
        classifier.write(data);
        data.flush();
    }
}
