package io.attune.engine.emotion;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.CollapseUnaryTransformer;
import edu.stanford.nlp.sentiment.SentimentCostAndGradient;
import edu.stanford.nlp.sentiment.SentimentModel;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.ejml.simple.SimpleMatrix;

/**
 * CoreNLP's recursive sentiment network (its SST model, {@value #MODEL}): each of the turn's sentences
 * is read along a binary tree and the sentences' 5-class distributions averaged, weighted by the square
 * root of their length (a long sentence counts more, without drowning a short "I'm furious.").
 *
 * <p>The shipped trees are {@link ClauseTree}s, built from the tokens: no tagger, no parser, about 12 MB
 * of heap and half a millisecond a sentence, and on SST-5 dev as good as the shift-reduce parser's trees,
 * which needed 650 MB and several milliseconds ({@link #parsedBy(Properties)} keeps that path for the
 * comparison in the quality report). Built once, then shared by all threads.
 *
 * <p>The cost is bounded whatever the input: only the first {@link #MAX_CHARS} characters, the first and
 * last sentences up to {@link #MAX_SENTENCES}, and sentences of at most {@link #MAX_TOKENS} tokens are
 * read (longer ones are cut), so a 10,000-character paste costs about as much as a paragraph.
 */
public final class SentimentScorer {

    static final int MAX_CHARS = 3_000;
    static final int MAX_SENTENCES = 6;
    static final int MAX_TOKENS = 60;
    static final String MODEL = "edu/stanford/nlp/models/sentiment/sentiment.ser.gz";

    private final StanfordCoreNLP splitter;
    private final SentimentModel model;
    private final SentenceTrees trees;

    /** The shipped scorer: clause trees. */
    public SentimentScorer() {
        this(clauseTrees());
    }

    private SentimentScorer(SentenceTrees trees) {
        Properties split = new Properties();
        split.setProperty("annotators", "tokenize,ssplit");
        split.setProperty("tokenize.options", "untokenizable=noneDelete");
        this.splitter = new StanfordCoreNLP(split);
        this.model = SentimentModel.loadSerialized(MODEL);
        this.trees = trees;
    }

    /**
     * The trees a CoreNLP parser gives (its pos and parse annotators with these properties), for the
     * quality report's comparison; the parser's model files must be on the classpath.
     */
    public static SentimentScorer parsedBy(Properties parser) {
        return new SentimentScorer(new ParsedTrees(parser));
    }

    /** The shift-reduce parser without dependency graphs: what Attune read sentiment along until 2026-11-24. */
    public static Properties shiftReduce() {
        Properties p = new Properties();
        p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
        p.setProperty("parse.model", "edu/stanford/nlp/models/srparser/englishSR.ser.gz");
        p.setProperty("parse.maxlen", String.valueOf(MAX_TOKENS + 1));
        return p;
    }

    /** CoreNLP's default PCFG parser. */
    public static Properties defaultPcfg() {
        return new Properties();
    }

    private static SentenceTrees clauseTrees() {
        return (annotation, sentences) -> sentences.stream()
                .map(s -> s.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::word).toList())
                .map(words -> words.isEmpty() ? null : ClauseTree.of(words))
                .toList();
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
        return aggregate(sentences, trees.of(annotation, sentences));
    }

    private SentimentScore aggregate(List<CoreMap> sentences, List<Tree> read) {
        double[] sum = new double[5];
        double weight = 0;
        int counted = 0;
        for (int s = 0; s < sentences.size(); s++) {
            Tree tree = read.get(s);
            if (tree == null) {
                continue;
            }
            new SentimentCostAndGradient(model, null).forwardPropagateTree(tree);
            SimpleMatrix predictions = RNNCoreAnnotations.getPredictions(tree);
            double w = Math.sqrt(sentences.get(s).get(CoreAnnotations.TokensAnnotation.class).size());
            for (int i = 0; i < 5; i++) {
                sum[i] += w * predictions.get(i);
            }
            weight += w;
            counted++;
        }
        if (weight == 0) {
            return SentimentScore.neutral();
        }
        for (int i = 0; i < 5; i++) {
            sum[i] /= weight;
        }
        return SentimentScore.of(sum, counted);
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

    /** The trees to read a text's sentences along, one per sentence (null: not readable). */
    @FunctionalInterface
    private interface SentenceTrees {
        List<Tree> of(Annotation annotation, List<CoreMap> sentences);
    }

    /** A CoreNLP parser's binarized trees, with unary chains collapsed as CoreNLP's sentiment annotator does. */
    private static final class ParsedTrees implements SentenceTrees {

        private final StanfordCoreNLP parser;
        private final CollapseUnaryTransformer collapse = new CollapseUnaryTransformer();

        ParsedTrees(Properties properties) {
            Properties p = new Properties();
            p.putAll(properties);
            p.setProperty("annotators", "pos,parse");
            p.setProperty("parse.binaryTrees", "true");
            p.setProperty("parse.buildgraphs", "false");
            this.parser = new StanfordCoreNLP(p, false);
        }

        @Override
        public List<Tree> of(Annotation annotation, List<CoreMap> sentences) {
            parser.annotate(annotation);
            List<Tree> trees = new ArrayList<>();
            for (CoreMap sentence : sentences) {
                Tree binarized = sentence.get(TreeCoreAnnotations.BinarizedTreeAnnotation.class);
                trees.add(binarized == null ? null : collapse.transformTree(binarized));
            }
            return trees;
        }
    }
}
