package io.attune.engine.emotion;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.ejml.simple.SimpleMatrix;

/**
 * CoreNLP's recursive sentiment model over the shift-reduce parser: the turn's sentences are parsed and
 * their 5-class distributions averaged, weighted by the square root of their length (a long
 * sentence counts more, without drowning a short "I'm furious."). Built once (a few seconds, ~600 MB), then
 * shared by all threads: CoreNLP's annotators are thread-safe once loaded.
 *
 * <p>The cost is bounded whatever the input: only the first {@link #MAX_CHARS} characters, the first and
 * last sentences up to {@link #MAX_SENTENCES}, and sentences of at most {@link #MAX_TOKENS} tokens are
 * parsed (longer ones are cut), so a 10,000-character paste costs about as much as a paragraph.
 */
public final class SentimentScorer {

    static final int MAX_CHARS = 3_000;
    static final int MAX_SENTENCES = 6;
    static final int MAX_TOKENS = 60;

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP analyser;

    public SentimentScorer() {
        this(shiftReduce());
    }

    /** @param properties CoreNLP properties for pos, parse and sentiment (e.g. {@link #shiftReduce()}) */
    public SentimentScorer(Properties properties) {
        Properties split = new Properties();
        split.setProperty("annotators", "tokenize,ssplit");
        split.setProperty("tokenize.options", "untokenizable=noneDelete");
        this.splitter = new StanfordCoreNLP(split);
        Properties analyse = new Properties();
        analyse.putAll(properties);
        analyse.setProperty("annotators", "pos,parse,sentiment");
        this.analyser = new StanfordCoreNLP(analyse, false);
    }

    /** The shift-reduce parser without dependency graphs (sentiment reads only the binarized tree). */
    public static Properties shiftReduce() {
        Properties p = new Properties();
        p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
        p.setProperty("parse.model", "edu/stanford/nlp/models/srparser/englishSR.ser.gz");
        p.setProperty("parse.buildgraphs", "false");
        p.setProperty("parse.maxlen", String.valueOf(MAX_TOKENS + 1));
        p.setProperty("sentiment.model", "edu/stanford/nlp/models/sentiment/sentiment.ser.gz");
        return p;
    }

    /** CoreNLP's default PCFG parser: for comparison only (its model is not shipped). */
    public static Properties defaultPcfg() {
        Properties p = new Properties();
        p.setProperty("parse.buildgraphs", "false");
        return p;
    }

    public SentimentScore score(String text) {
        String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        if (bounded.isBlank()) {
            return SentimentScore.neutral();
        }
        Annotation annotation = new Annotation(bounded);
        splitter.annotate(annotation);
        List<CoreMap> sentences = selected(annotation.get(CoreAnnotations.SentencesAnnotation.class));
        if (sentences.isEmpty()) {
            return SentimentScore.neutral();
        }
        annotation.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        analyser.annotate(annotation);
        return aggregate(sentences);
    }

    private static List<CoreMap> selected(List<CoreMap> all) {
        List<CoreMap> kept = new ArrayList<>();
        if (all == null) {
            return kept;
        }
        int size = all.size();
        for (int i = 0; i < size; i++) {
            // the opening states the problem, the close how the customer feels now
            if (i < MAX_SENTENCES / 2 || i >= size - MAX_SENTENCES / 2) {
                CoreMap sentence = all.get(i);
                List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
                if (tokens.size() > MAX_TOKENS) {
                    sentence.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens.subList(0, MAX_TOKENS)));
                }
                kept.add(sentence);
            }
        }
        return kept;
    }

    private static SentimentScore aggregate(List<CoreMap> sentences) {
        double[] sum = new double[5];
        double weight = 0;
        int read = 0;
        for (CoreMap sentence : sentences) {
            Tree tree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
            SimpleMatrix predictions = tree == null ? null : RNNCoreAnnotations.getPredictions(tree);
            if (predictions == null || predictions.getNumElements() != 5) {
                continue;
            }
            double w = Math.sqrt(sentence.get(CoreAnnotations.TokensAnnotation.class).size());
            for (int i = 0; i < 5; i++) {
                sum[i] += w * predictions.get(i);
            }
            weight += w;
            read++;
        }
        if (weight == 0) {
            return SentimentScore.neutral();
        }
        for (int i = 0; i < 5; i++) {
            sum[i] /= weight;
        }
        return SentimentScore.of(sum, read);
    }
}
