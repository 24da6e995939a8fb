package io.attune.engine.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** VADER's valences as the fitted reading sees them: words no support-chat list holds, negation, stress. */
class VaderLexiconTests {

    @Test
    void readsStrongWordsOutsideTheSupportChatListsAsNegative() {
        assertThat(VaderLexicon.score("the service was appalling").mostNegative()).isGreaterThan(1.0);
        assertThat(VaderLexicon.score("where is my order").negative()).isZero();
    }

    @Test
    void aNegatorFlipsPraisePartly() {
        VaderLexicon.Score notGood = VaderLexicon.score("this is not good");

        assertThat(notGood.negative()).isGreaterThan(0);
        assertThat(notGood.positive()).isZero();
    }

    @Test
    void capitalsAndExclamationsStressIt() {
        assertThat(VaderLexicon.score("this is HORRIBLE!!").negative())
                .isGreaterThan(VaderLexicon.score("this is horrible").negative());
    }
}
