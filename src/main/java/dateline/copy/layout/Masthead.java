package dateline.copy.layout;

import dateline.copy.text.Whitespace;

import dateline.copy.lexicon.BundledList;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * What a web page prints around its headline that is not story: the site's name, a section
 * label or a breadcrumb above it ("Belfast Telegraph", "World News", "CORONAVIRUS PANDEMIC"),
 * and under it the writer, a stamp or a widget's label ("Reuters Staff", "1 Min Read",
 * "Staff Writer", "Other News Materials 20 September 2008 16:28"). Read only in the head, between
 * the page's top and the story, where such lines would pass for the headline or the deck.
 */
final class Masthead {
    /** A label or a name is a few words; a headline or a deck says more. */
    private static final int MAX_LABEL_WORDS = 4;
    /** A stamp line may carry a section label or a writer with it, never a sentence's length. */
    private static final int MAX_STAMP_WORDS = 12;
    /** A word of this length in lower case is a sentence's word: Title Case keeps only short ones small. */
    private static final int MIN_LOWER_WORD = 5;
    /** Chrome stacks a few labels over the headline, no more. */
    private static final int MAX_LABELS = 3;

    /** "USA", "PANDEMIC": a word set in capitals, as labels and mastheads are. */
    private static final int MIN_CAPITALS_WORD = 3;
    private static final int MAX_PLAIN_LABEL_WORDS = 3;
    private static final Set<String> MASTHEAD_WORDS = Set.copyOf(BundledList.section("furniture-lines.txt", "masthead words"));

    private Masthead() {}

    /**
     * A name or label: a few words, each opening with a capital, no digit, no closing
     * punctuation, and a paper's or a section's word among them or a word in capitals ("Belfast
     * Telegraph", "Home News World", "USA TODAY International Edition", "CORONAVIRUS PANDEMIC").
     * A short headline in Title Case ("Harbour Closed") has none of them.
     */
    static boolean isLabel(String text) {
        String t = Whitespace.trim(text);
        if (t.isEmpty() || Whitespace.countWords(t, MAX_LABEL_WORDS + 1) > MAX_LABEL_WORDS || BlockShape.endsSentence(t)) return false;
        boolean wordStart = true;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c)) return false;
            if (wordStart && Character.isLetter(c) && !Character.isUpperCase(c)) return false;
            wordStart = c == ' ';
        }
        if (SiteName.isSite(t)) return true;
        String[] words = t.split(" ");
        boolean mastheadWord = false;
        for (String word : words) {
            if (word.length() >= MIN_CAPITALS_WORD && BlockShape.isAllCaps(word)) return true;
            mastheadWord |= MASTHEAD_WORDS.contains(word.toLowerCase(Locale.ROOT));
        }
        // "World Cup Final Postponed" is a headline in Title Case: a label in lower case is shorter.
        return mastheadWord && words.length <= MAX_PLAIN_LABEL_WORDS;
    }

    /**
     * A headline written as a sentence: headline-shaped, with a long word in lower case
     * ("Tens of thousands flee flooding"), so no label in Title Case.
     */
    static boolean isSentenceCaseHeadline(String text) {
        if (!BlockShape.looksLikeHeadline(text)) return false;
        int run = 0;
        boolean lower = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (run == 0) lower = Character.isLowerCase(c);
                run++;
                if (lower && run >= MIN_LOWER_WORD) return true;
            } else {
                run = 0;
            }
        }
        return false;
    }

    /**
     * How many blocks at the top are labels over a headline written as a sentence: the site's
     * name, a breadcrumb, a section ("Belfast Telegraph", "Home News World", then "Tens of
     * thousands flee flooding"). Zero when no such headline follows them: a short Title Case
     * block over a deck is itself the headline.
     */
    static int labelsAbove(IntFunction<String> text, int blocks) {
        for (int k = 0; k < Math.min(MAX_LABELS, blocks - 1); k++) {
            if (!isLabel(text.apply(k))) return 0;
            if (isSentenceCaseHeadline(text.apply(k + 1))) return k + 1;
        }
        return 0;
    }

    /**
     * Under the headline and before the story: a writer, a stamp or a widget's label
     * ("Reuters Staff", "Video PlayerClose", "February 24, 2014 / 10:44 PM"), never a deck or a lede.
     */
    static boolean isUnderHeadline(String text) {
        String t = Whitespace.trim(text);
        if (t.isEmpty() || BlockShape.endsSentence(t)) return false;
        return Whitespace.countWords(t, MAX_LABEL_WORDS + 1) <= MAX_LABEL_WORDS || isStamp(t) || isBylineRow(t)
                || Furniture.isByline(t) || Furniture.isTimestamp(t) || Furniture.isBylineAndStamp(t);
    }

    /**
     * A short line holding a clock time ("16:28", "10:44 PM") and at most one long word in lower
     * case ("4 years ago"): when the page was stamped. A deck that names an hour ("The launch is
     * set for 10:15 Moscow time") is made of sentence words.
     */
    private static boolean isStamp(String t) {
        if (Whitespace.countWords(t, MAX_STAMP_WORDS + 1) > MAX_STAMP_WORDS) return false;
        boolean clock = false;
        int lowerWords = 0;
        int run = 0;
        boolean lower = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ':' && i > 0 && i + 2 < t.length() && Character.isDigit(t.charAt(i - 1))
                    && Character.isDigit(t.charAt(i + 1)) && Character.isDigit(t.charAt(i + 2))) clock = true;
            if (Character.isLetter(c)) {
                if (run == 0) lower = Character.isLowerCase(c);
                if (++run == MIN_STAMP_LOWER && lower) lowerWords++;
            } else {
                run = 0;
            }
        }
        return clock && lowerWords <= 1;
    }

    private static final int MIN_STAMP_LOWER = 4;

    /** "Francis Elliott, Political Editor | Henry Zeffman | Esther Webber": writers between bars. */
    private static boolean isBylineRow(String t) {
        if (!t.contains(" | ")) return false;
        int start = 0;
        while (start <= t.length()) {
            int bar = t.indexOf(" | ", start);
            String s = Whitespace.trim(t.substring(start, bar < 0 ? t.length() : bar));
            if (s.isEmpty() || !Character.isUpperCase(s.charAt(0)) || Whitespace.countWords(s, MAX_LABEL_WORDS + 1) > MAX_LABEL_WORDS) return false;
            if (bar < 0) return true;
            start = bar + 3;
        }
        return true;
    }

}
