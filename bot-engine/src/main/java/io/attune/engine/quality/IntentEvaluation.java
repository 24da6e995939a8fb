package io.attune.engine.quality;

import io.attune.engine.intent.IntentClassifier;
import io.attune.engine.intent.IntentPrediction;
import io.attune.engine.intent.LabeledText;
import java.util.List;

/** Accuracy of an intent classifier on labelled questions, and its out-of-scope recall. */
final class IntentEvaluation {

    /**
     * @param accuracy share of in-scope questions given their intent (a question wrongly called out of
     *                 scope counts as wrong)
     * @param rejected share of in-scope questions wrongly called out of scope
     */
    record Result(double accuracy, double rejected, int questions) {
    }

    private IntentEvaluation() {
    }

    static Result inScope(IntentClassifier classifier, List<LabeledText> questions) {
        int right = 0;
        int rejected = 0;
        for (LabeledText q : questions) {
            IntentPrediction p = classifier.classify(q.text());
            right += p.intent().equals(q.label()) ? 1 : 0;
            rejected += p.outOfScope() ? 1 : 0;
        }
        return new Result(share(right, questions.size()), share(rejected, questions.size()), questions.size());
    }

    /** The share of questions recognised as out of scope. */
    static double outOfScopeRecall(IntentClassifier classifier, List<LabeledText> questions) {
        long caught = questions.stream().filter(q -> classifier.classify(q.text()).outOfScope()).count();
        return share((int) caught, questions.size());
    }

    private static double share(int n, int of) {
        return of == 0 ? 0 : (double) n / of;
    }
}
