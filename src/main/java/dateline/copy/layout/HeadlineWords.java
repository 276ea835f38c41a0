package dateline.copy.layout;

import dateline.copy.lexicon.BundledList;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The content words of a headline, to count how many of them a block repeats. The lede tells
 * the headline's news and so repeats its words; a deck (standfirst) adds to the headline rather
 * than restating it. Words are compared by their first letters, so that "floods" meets "flood"
 * and "influenced" meets "influence"; function words and words under four letters do not count.
 */
final class HeadlineWords {
    /** Enough letters to tell most words apart, few enough to meet a word's other forms. */
    private static final int STEM = 5;
    private static final int MIN_LETTERS = 4;
    private static final Set<String> FUNCTION_WORDS = Set.copyOf(BundledList.section("function-words.txt", "function words"));

    private final Set<String> stems;

    HeadlineWords(String headline) {
        this.stems = stems(headline);
    }

    /** How many of the headline's words the text repeats. */
    int repeatedIn(String text) {
        return repeated(text).size();
    }

    /** The headline's words the text repeats (as their first letters). */
    Set<String> repeated(String text) {
        Set<String> seen = stems(text);
        seen.retainAll(stems);
        return seen;
    }

    private static Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) i++;
            String word = text.substring(start, i).toLowerCase(Locale.ROOT);
            boolean number = Character.isDigit(word.charAt(0));
            if (number || word.length() >= MIN_LETTERS && !FUNCTION_WORDS.contains(word)) {
                out.add(word.length() > STEM ? word.substring(0, STEM) : word);
            }
        }
        return out;
    }
}
