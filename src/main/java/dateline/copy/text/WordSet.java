package dateline.copy.text;

import java.util.Collection;
import java.util.Set;

/**
 * A set of lower-case words asked of every token of a story: a word is ruled out by its first
 * letter and length (one bit a length per letter) before its text is cut and hashed, as most
 * words of a story are not in any one list.
 */
public final class WordSet {
    private final Set<String> words;
    /** For each ASCII letter, the lengths of the words it opens; lengths from 63 on share a bit. */
    private final long[] initials = new long[128];
    /** False when a word opens with a letter outside ASCII: then every word is looked up. */
    private final boolean filtered;

    private WordSet(Collection<String> words) {
        this.words = Set.copyOf(words);
        boolean ascii = true;
        for (String w : this.words) {
            if (!w.isEmpty() && w.charAt(0) < 128) initials[w.charAt(0)] |= lengthBit(w.length());
            else ascii = false;
        }
        this.filtered = ascii;
    }

    public static WordSet of(Collection<String> words) { return new WordSet(words); }

    /** Whether the token's lower-case form ({@link Token#lower()}) is in the set. */
    public boolean containsLower(Token t) {
        if (!filtered || t.length() == 0) return words.contains(t.lower());
        char first = t.charAt(0);
        if (first < 128) {
            char lower = first >= 'A' && first <= 'Z' ? (char) (first + 32) : first;
            if ((initials[lower] & lengthBit(t.length())) == 0 && !lengthenedByLowerCase(t)) return false;
        }
        return words.contains(t.lower());
    }

    /** Lower-casing keeps a word's length but for the dotted capital I, written as two characters. */
    private static boolean lengthenedByLowerCase(Token t) {
        for (int i = 0; i < t.length(); i++) if (t.charAt(i) == '\u0130') return true;
        return false;
    }

    private static long lengthBit(int length) { return 1L << Math.min(length, 63); }
}
