package io.attune.console.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.attune.engine.EngineException;
import org.junit.jupiter.api.Test;

class NoteTextTests {

    @Test
    void refusesABlankNoteSayingWhy() {
        for (String blank : new String[] {null, "", "   \n\t "}) {
            assertThatThrownBy(() -> NoteText.checked(blank)).isInstanceOf(EngineException.class)
                    .hasMessage("The note is empty: write something before adding it.")
                    .extracting(e -> ((EngineException) e).code()).isEqualTo("invalid-note");
        }
    }

    @Test
    void refusesANoteOverTwoThousandCharactersSayingHowLongItIs() {
        assertThatThrownBy(() -> NoteText.checked("x".repeat(2001))).isInstanceOf(EngineException.class)
                .hasMessage("A note can be at most 2,000 characters long (this one has 2,001).");
    }

    @Test
    void keepsANoteOfTwoThousandCharactersWithoutSurroundingSpaces() {
        assertThat(NoteText.checked("  " + "x".repeat(2000) + " \n")).hasSize(2000);
    }

    @Test
    void stripsControlCharactersLikeAMessageButKeepsLineBreaksAndTabs() {
        assertThat(NoteText.checked("Refund\u0000 sent\u001b[31m\n\tcheck\u0007 Friday\u007f"))
                .isEqualTo("Refund sent[31m\n\tcheck Friday");
    }

    @Test
    void refusesANoteOfOnlyControlCharactersAsEmpty() {
        assertThatThrownBy(() -> NoteText.checked("\u0000\u0001\u001b ")).isInstanceOf(EngineException.class)
                .hasMessage("The note is empty: write something before adding it.");
    }
}
