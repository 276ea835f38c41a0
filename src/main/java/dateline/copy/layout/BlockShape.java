package dateline.copy.layout;

import dateline.copy.lexicon.BundledList;

import dateline.copy.text.Whitespace;

import java.util.Locale;
import java.util.Set;

/**
 * What a block looks like on the page: the shapes by which readers tell a headline, a
 * subheading and a paragraph apart without knowing the language well. Headlines and
 * subheadings are short and have no full stop; paragraphs end like sentences.
 */
public final class BlockShape {
    private static final int MAX_HEADLINE_CHARS = 300;
    private static final int MAX_SUBHEADING_WORDS = 14;
    private static final int MAX_SUBHEADING_CHARS = 120;
    /** A heading made of a witness's words keeps them as said, so it runs longer than a plain one. */
    private static final int MAX_QUOTED_TITLE_WORDS = 20;
    /** Mixed-case subheadings may be short questions ("What happens next?"). */
    private static final int MAX_QUESTION_WORDS = 8;
    private static final String CLOSERS = "\"”’'»)]";
    private static final String QUOTE_MARKS = "\"“”‘’'«»„";
    /** Abbreviations a headline may end with without ending a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.copyOf(BundledList.section("abbreviations.txt", "block endings"));

    private BlockShape() {}

    /** Ends with . ! ? or an ellipsis, possibly inside a closing quote or bracket. */
    static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i > 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) i--;
        if (i < 0) return false;
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    static boolean looksLikeHeadline(String text) {
        if (text.length() > MAX_HEADLINE_CHARS || !hasLetter(text)) return false;
        if (Character.isLowerCase(text.charAt(0))) return false;
        return !text.endsWith(".") || endsWithAbbreviation(text);
    }

    /** Short, no closing punctuation (or all capitals), not a quotation or a list item. */
    static boolean looksLikeSubheading(String text) {
        if (text.length() > MAX_SUBHEADING_CHARS || !hasLetter(text)) return false;
        int words = Whitespace.countWords(text, MAX_QUOTED_TITLE_WORDS + 1);
        char first = text.charAt(0);
        if (QUOTE_MARKS.indexOf(first) >= 0) return words <= MAX_QUOTED_TITLE_WORDS && isQuotedTitle(text);
        if (words > MAX_SUBHEADING_WORDS) return false;
        if (!(Character.isUpperCase(first) || Character.isDigit(first))) return false;
        char last = text.charAt(text.length() - 1);
        if (isAllCaps(text)) return last != ',' && last != ';';
        if (last == '?') return words <= MAX_QUESTION_WORDS && !hasQuoteMark(text);
        if (QUOTE_MARKS.indexOf(last) >= 0) return endsWithQuotedWords(text);
        return ".,;:!?…-–—".indexOf(last) < 0 && last != ')';
    }

    /**
     * "Police enter the 'house of horrors'", "Using aid as a ‘weapon of war’": a heading may end
     * on quoted words opened inside it, with no punctuation inside the closing mark (a
     * sentence's quote ends "... war.’" or "... war,’").
     */
    private static boolean endsWithQuotedWords(String text) {
        char close = text.charAt(text.length() - 1);
        char open = switch (close) {
            case '’' -> '‘';
            case '”' -> '“';
            case '»' -> '«';
            default -> close;
        };
        int opened = text.lastIndexOf(open, text.length() - 2);
        if (opened <= 0 || opened >= text.length() - 2 || !Character.isWhitespace(text.charAt(opened - 1))) return false;
        return ".,;:!?…-–—".indexOf(text.charAt(text.length() - 2)) < 0;
    }

    /**
     * A section headed by the words of a quote, "'There is only one place for him'": quoted
     * whole, with no full stop or comma inside the closing mark, which a quoted paragraph has.
     */
    private static boolean isQuotedTitle(String text) {
        if (text.length() < 4 || QUOTE_MARKS.indexOf(text.charAt(text.length() - 1)) < 0) return false;
        String inner = text.substring(1, text.length() - 1);
        if (inner.isEmpty() || hasQuoteMark(inner) || !Character.isUpperCase(inner.charAt(0))) return false;
        return ".,;:!?…-–—".indexOf(inner.charAt(inner.length() - 1)) < 0;
    }

    /** A full stop, then a space and a capital, inside the text: more than one sentence. */
    static boolean hasSentenceBreak(String text) {
        for (int i = 1; i + 2 < text.length(); i++) {
            boolean stop = text.charAt(i) == '.' && Character.isLowerCase(text.charAt(i - 1));
            if (stop && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))) return true;
        }
        return false;
    }

    static boolean isAllCaps(String text) {
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isUpperCase(c)) upper++;
        }
        return upper >= 3;
    }

    static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) return true;
        }
        return false;
    }

    private static boolean hasQuoteMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (QUOTE_MARKS.indexOf(text.charAt(i)) >= 0) return true;
        }
        return false;
    }

    /** "... in the U.S." or "... Apple Inc." end with a dot that is not a full stop. */
    private static boolean endsWithAbbreviation(String text) {
        int space = text.lastIndexOf(' ');
        String last = text.substring(space + 1);
        int inner = last.indexOf('.');
        return (inner >= 0 && inner < last.length() - 1) || ABBREVIATIONS.contains(last.toLowerCase(Locale.ROOT));
    }
}
