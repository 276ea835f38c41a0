package dateline.copy.text;

import dateline.copy.lexicon.BundledList;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into {@link Token}s in one pass: linear in the text, no regular expressions. Reads
 * the characters from an array: every word of every story passes here, so this loop is hot
 * (each block once: {@link BlockSegments} shares its tokens between the finders).
 */
public final class Tokenizer {
    /** Abbreviations whose dot belongs to the word, not to the sentence. */
    private static final Set<String> ABBREVIATIONS = Set.copyOf(BundledList.section("abbreviations.txt", "tokenizer"));

    /** One shared string per ASCII mark: most tokens of a text are punctuation. */
    private static final String[] PUNCTUATION = new String[128];

    static {
        for (char c = 0; c < PUNCTUATION.length; c++) PUNCTUATION[c] = String.valueOf(c).intern();
    }

    private Tokenizer() {}

    public static List<Token> tokenize(String text) {
        char[] cs = text.toCharArray();
        int n = cs.length;
        List<Token> tokens = new ArrayList<>(n / 5 + 4);
        int i = 0;
        boolean sentenceStart = true;
        while (i < n) {
            char c = cs[i];
            if (c == ' ' || Character.isWhitespace(c)) {
                i++;
            } else if (isWordChar(c)) {
                int end = wordEnd(cs, i);
                if (end < n && cs[end] == '.' && keepsDot(cs, i, end, text)) end++;
                tokens.add(Token.of(text, i, end, true, sentenceStart));
                sentenceStart = false;
                i = end;
            } else if (isPossessiveAt(cs, i) && i > 0 && isWordChar(cs[i - 1])) {
                tokens.add(Token.of(text, i, i + 2, false, false));
                i += 2;
            } else {
                tokens.add(Token.mark(c < PUNCTUATION.length ? PUNCTUATION[c] : String.valueOf(c), text, i, i + 1));
                if (endsSentence(cs, i)) sentenceStart = true;
                i++;
            }
        }
        return tokens;
    }

    /** The end of the word starting at {@code from}: letters, digits, inner hyphens, apostrophes and initialism dots. */
    private static int wordEnd(char[] cs, int from) {
        int i = from;
        while (i < cs.length) {
            char c = cs[i];
            if (isWordChar(c) || c == '\u0301') {
                i++;
            } else if ((c == '-' || c == '\'' || c == '’' || c == '.') && letterAt(cs, i + 1) && !isPossessiveAt(cs, i)) {
                if (c == '.' && !isInitialism(cs, from, i)) break;
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** "'s" or "’s" ending a word. */
    private static boolean isPossessiveAt(char[] cs, int i) {
        return isApostrophe(cs[i]) && i + 1 < cs.length && cs[i + 1] == 's' && !letterAt(cs, i + 2);
    }

    /** "U.S", "U.N": single letters between dots. */
    private static boolean isInitialism(char[] cs, int from, int dot) {
        return dot - from == 1 || (dot >= 2 && cs[dot - 2] == '.');
    }

    /** Whether the word [from, end) keeps the dot after it: an initial, an initialism, an abbreviation. */
    private static boolean keepsDot(char[] cs, int from, int end, String text) {
        if (end - from == 1 && Character.isUpperCase(cs[from])) return true;
        for (int i = from; i < end; i++) if (cs[i] == '.') return true;
        return end - from <= 6 && ABBREVIATIONS.contains(text.substring(from, end));
    }

    private static boolean endsSentence(char[] cs, int i) {
        char c = cs[i];
        if (c != '.' && c != '!' && c != '?' && c != ':' && c != ';') return false;
        return i + 1 >= cs.length || !isWordChar(cs[i + 1]);
    }

    static boolean isApostrophe(char c) { return c == '\'' || c == '’'; }

    /** A letter or digit; ASCII decided without a table lookup, since most copy is ASCII. */
    static boolean isWordChar(char c) {
        if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        return Character.isLetterOrDigit(c);
    }

    private static boolean letterAt(char[] cs, int i) {
        return i < cs.length && isWordChar(cs[i]);
    }
}
