package dateline.copy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The letter-and-length filter must never rule out a word the set holds. */
class WordSetTest {
    private static final WordSet SIGNS = WordSet.of(List.of("striker", "goals", "hat-trick"));

    private static List<Token> words(String text) { return Tokenizer.tokenize(text); }

    @Test
    void findsWordsInAnyCaseAndRulesOutOthers() {
        List<Token> tokens = words("Striker GOALS and a hat-trick for strikers");
        assertThat(tokens).extracting(SIGNS::containsLower).containsExactly(true, true, false, false, true, false, false);
    }

    @Test
    void aSetWithANonAsciiInitialStillFindsEveryWord() {
        WordSet set = WordSet.of(List.of("élan", "goal"));
        assertThat(words("Élan goal gol")).extracting(set::containsLower).containsExactly(true, true, false);
    }

    @Test
    void theDottedCapitalIIsLookedUpThoughLowerCasingLengthensIt() {
        // "B\u0130R" has three characters, its lower-case form four: "bi" and a combining dot, "r"
        WordSet set = WordSet.of(List.of("bi\u0307r"));
        assertThat(words("B\u0130R BIR")).extracting(set::containsLower).containsExactly(true, false);
    }
}
