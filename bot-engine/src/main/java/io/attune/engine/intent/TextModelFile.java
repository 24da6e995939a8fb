package io.attune.engine.intent;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The model file: gzip of a magic number, a version, the labels, then each feature with its non-zero
 * weights as (label index, float). Plain data, not Java serialization, so a file can hold no code.
 */
final class TextModelFile {

    private static final int MAGIC = 0x4154544d;
    /** Version 2 adds the meaning scale after the character n-gram flag; version 1 files read as words only. */
    private static final int VERSION = 2;

    record Content(List<String> labels, Map<String, float[]> weights, boolean charNGrams, double meaningScale) {
    }

    private TextModelFile() {
    }

    static void write(List<String> labels, Map<String, float[]> weights, boolean charNGrams, double meaningScale,
                      OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(gzip);
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeBoolean(charNGrams);
        data.writeDouble(meaningScale);
        data.writeInt(labels.size());
        for (String label : labels) {
            data.writeUTF(label);
        }
        data.writeInt(weights.size());
        for (Map.Entry<String, float[]> e : weights.entrySet()) {
            data.writeUTF(e.getKey());
            float[] row = e.getValue();
            int nonZero = 0;
            for (float v : row) {
                nonZero += v == 0f ? 0 : 1;
            }
            data.writeShort(nonZero);
            for (int l = 0; l < row.length; l++) {
                if (row[l] != 0f) {
                    data.writeShort(l);
                    data.writeFloat(row[l]);
                }
            }
        }
        data.flush();
        gzip.finish();
    }

    static Content read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in));
        int version;
        if (data.readInt() != MAGIC || (version = data.readInt()) < 1 || version > VERSION) {
            throw new IOException("not an Attune text model (or a newer version)");
        }
        boolean charNGrams = data.readBoolean();
        double meaningScale = version >= 2 ? data.readDouble() : 0;
        if (!(meaningScale >= 0)) {
            throw new IOException("corrupt model: meaning scale " + meaningScale);
        }
        List<String> labels = new ArrayList<>();
        for (int n = data.readInt(), i = 0; i < n; i++) {
            labels.add(data.readUTF());
        }
        int features = data.readInt();
        Map<String, float[]> weights = new HashMap<>(features * 2);
        for (int i = 0; i < features; i++) {
            String feature = data.readUTF();
            float[] row = new float[labels.size()];
            for (int n = data.readShort(), j = 0; j < n; j++) {
                int label = data.readShort();
                if (label < 0 || label >= row.length) {
                    throw new IOException("corrupt model: label index " + label);
                }
                row[label] = data.readFloat();
            }
            weights.put(feature, row);
        }
        return new Content(labels, weights, charNGrams, meaningScale);
    }
}
