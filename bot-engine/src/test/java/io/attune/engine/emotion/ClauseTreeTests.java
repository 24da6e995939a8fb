package io.attune.engine.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import edu.stanford.nlp.ling.Label;
import edu.stanford.nlp.trees.Tree;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseTreeTests {

    @Test
    void readsEveryTokenOnceInOrderAlongBinaryNodesAndOneWordPreterminals() {
        List<String> tokens = List.of("I", "waited", "two", "weeks", ",", "and", "nothing", "came", "!!!");

        Tree tree = ClauseTree.of(tokens);

        assertThat(tree.yield().stream().map(Label::value).toList()).isEqualTo(tokens);
        for (Tree node : tree) {
            if (!node.isLeaf()) {
                assertThat(node.numChildren()).as(node.toString()).isEqualTo(node.isPreTerminal() ? 1 : 2);
            }
        }
    }

    @Test
    void joinsClausesFromTheRightWithEachClausesPunctuationOnTop() {
        Tree tree = ClauseTree.of(List.of("It", "broke", ",", "again", "."));

        assertThat(tree.toString()).isEqualTo("(X (X (X (X It) (X broke)) (X ,)) (X (X again) (X .)))");
    }

    @Test
    void balancesTheWordsOfAClause() {
        Tree tree = ClauseTree.of(List.of("my", "order", "never", "arrived"));

        assertThat(tree.toString()).isEqualTo("(X (X (X my) (X order)) (X (X never) (X arrived)))");
    }

    @Test
    void readsPunctuationThatOpensASentenceAsAWord() {
        Tree tree = ClauseTree.of(List.of("...", "fine"));

        assertThat(tree.toString()).isEqualTo("(X (X ...) (X fine))");
    }

    @Test
    void readsAOneWordSentenceAsItsPreterminal() {
        assertThat(ClauseTree.of(List.of("Thanks")).toString()).isEqualTo("(X Thanks)");
    }

    @Test
    void refusesASentenceWithoutTokens() {
        assertThatIllegalArgumentException().isThrownBy(() -> ClauseTree.of(List.of()));
    }
}
