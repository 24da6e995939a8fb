package io.attune.engine.emotion;

import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.sentiment.SentimentCostAndGradient;
import edu.stanford.nlp.sentiment.SentimentModel;
import edu.stanford.nlp.stats.Counter;
import edu.stanford.nlp.trees.Tree;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ejml.simple.SimpleMatrix;

/**
 * Dense word features that carry across synonyms without a word list (issue 10, fourth round): the word
 * vectors CoreNLP's sentiment network learnt on the Stanford Sentiment Treebank (about 18,000 words, 25
 * numbers each, in the {@value SentimentScorer#MODEL} file already shipped) and each word's own 5-class
 * sentiment as that network reads the word alone. A message's features are the mean of its known words'
 * (tanh) vectors, the mean and the maximum of their word sentiments, and the vector of its most negative
 * word. Words the treebank never saw add nothing. Built once (about 2 MB), then read-only and thread-safe.
 */
public final class SentimentWordVectors {

    /** Feature names start with this, so a fit can leave the family out. */
    public static final String PREFIX = "dense_";

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:'[\\p{L}]+)?");
    private static final int MAX_WORDS = 200;

    /** What the network says of one word: its tanh vector (the leaf's hidden state) and its 5-class sentiment. */
    private record Known(float[] vector, float[] sentiment) {
    }

    private final Map<String, Known> words;
    private final int dimensions;

    private SentimentWordVectors(SentimentModel model) {
        this.dimensions = model.numHid;
        this.words = new HashMap<>(model.wordVectors.size() * 2);
        SentimentCostAndGradient network = new SentimentCostAndGradient(model, null);
        for (Map.Entry<String, SimpleMatrix> e : model.wordVectors.entrySet()) {
            if (e.getKey().equals(model.op.unkWord)) {
                continue;
            }
            Tree leaf = ClauseTree.of(List.of(e.getKey()));
            network.forwardPropagateTree(leaf);
            SimpleMatrix hidden = RNNCoreAnnotations.getNodeVector(leaf);
            SimpleMatrix predictions = RNNCoreAnnotations.getPredictions(leaf);
            float[] v = new float[dimensions];
            for (int i = 0; i < dimensions; i++) {
                v[i] = (float) hidden.get(i);
            }
            float[] s = new float[5];
            for (int i = 0; i < 5; i++) {
                s[i] = (float) predictions.get(i);
            }
            // the treebank's words are cased as written; the first spelling seen of a lower-cased word is kept
            words.putIfAbsent(e.getKey().toLowerCase(Locale.ROOT), new Known(v, s));
        }
    }

    /** The vectors of the shipped sentiment model, loaded once. */
    public static SentimentWordVectors shipped() {
        return Shipped.VECTORS;
    }

    /** Loaded on first use, once (the JLS's lazy holder: the class initialises when first read). */
    private static final class Shipped {
        static final SentimentWordVectors VECTORS =
                new SentimentWordVectors(SentimentModel.loadSerialized(SentimentScorer.MODEL));
    }

    /** Whether the treebank knows this word (any case). */
    public boolean knows(String word) {
        return words.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** Adds the message's dense features ({@value #PREFIX}*) to {@code f}; nothing when no word is known. */
    public void addTo(Counter<String> f, String text) {
        double[] mean = new double[dimensions];
        double[] sentimentMean = new double[5];
        double[] sentimentMax = new double[5];
        Known mostNegative = null;
        double mostNegativeScore = -1;
        int known = 0;
        int seen = 0;
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (m.find() && seen++ < MAX_WORDS) {
            Known k = words.get(m.group());
            if (k == null) {
                continue;
            }
            known++;
            for (int i = 0; i < dimensions; i++) {
                mean[i] += k.vector()[i];
            }
            for (int i = 0; i < 5; i++) {
                sentimentMean[i] += k.sentiment()[i];
                sentimentMax[i] = Math.max(sentimentMax[i], k.sentiment()[i]);
            }
            double negative = k.sentiment()[0] + k.sentiment()[1];
            if (negative > mostNegativeScore) {
                mostNegativeScore = negative;
                mostNegative = k;
            }
        }
        if (known == 0) {
            return;
        }
        for (int i = 0; i < dimensions; i++) {
            f.setCount(PREFIX + "vec_" + i, mean[i] / known);
            f.setCount(PREFIX + "negvec_" + i, mostNegative.vector()[i]);
        }
        for (int i = 0; i < 5; i++) {
            f.setCount(PREFIX + "wsent_mean_" + i, sentimentMean[i] / known);
            f.setCount(PREFIX + "wsent_max_" + i, sentimentMax[i]);
        }
    }
}
