package dateline.copy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits text into {@link Token}s in one pass: linear in the text, no regular expressions. */
final class Tokenizer {
    /** Abbreviations whose dot belongs to the word, not to the sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Lt", "Gen", "Col", "Maj", "Capt", "Sgt", "Cpl",
            "Pvt", "Adm", "Brig", "Cmdr", "Gov", "Sen", "Rep", "Rev", "Jr", "Sr", "Inc", "Corp", "Co",
            "Ltd", "No", "Mt", "Ft", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
            "Oct", "Nov", "Dec", "Pres", "Vol", "vs", "etc", "approx", "Messrs");

    private Tokenizer() {}

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        int i = 0;
        int n = text.length();
        boolean sentenceStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || Character.isWhitespace(c)) {
                i++;
            } else if (isWordChar(c)) {
                int end = wordEnd(text, i);
                tokens.add(new Token(text.substring(i, end), i, end, true, sentenceStart));
                sentenceStart = false;
                i = end;
            } else if (isApostrophe(c) && i + 1 < n && (text.charAt(i + 1) == 's') && !letterAt(text, i + 2)
                    && i > 0 && isWordChar(text.charAt(i - 1))) {
                tokens.add(new Token(text.substring(i, i + 2), i, i + 2, false, false));
                i += 2;
            } else {
                tokens.add(new Token(String.valueOf(c), i, i + 1, false, false));
                if (endsSentence(text, i)) sentenceStart = true;
                i++;
            }
        }
        return tokens;
    }

    /** The end of the word starting at {@code from}: letters, digits, inner hyphens and apostrophes, abbreviation dots. */
    private static int wordEnd(String text, int from) {
        int n = text.length();
        int i = from;
        while (i < n) {
            char c = text.charAt(i);
            if (isWordChar(c) || c == '\u0301') {
                i++;
            } else if ((c == '-' || c == '\'' || c == '’' || c == '.') && letterAt(text, i + 1)
                    && !isPossessiveAt(text, i)) {
                if (c == '.' && !isInitialism(text, from, i)) break;
                i++;
            } else {
                break;
            }
        }
        if (i < n && text.charAt(i) == '.' && keepsDot(text.substring(from, i))) i++;
        return i;
    }

    private static boolean isPossessiveAt(String text, int i) {
        return isApostrophe(text.charAt(i)) && i + 1 < text.length() && text.charAt(i + 1) == 's'
                && !letterAt(text, i + 2);
    }

    /** "U.S", "U.N": single letters between dots. */
    private static boolean isInitialism(String text, int from, int dot) {
        return dot - from == 1 || (dot >= 2 && text.charAt(dot - 2) == '.');
    }

    private static boolean keepsDot(String word) {
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true;
        if (word.indexOf('.') > 0) return true;
        return ABBREVIATIONS.contains(word);
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?' && c != ':' && c != ';') return false;
        return i + 1 >= text.length() || !isWordChar(text.charAt(i + 1));
    }

    static boolean isApostrophe(char c) { return c == '\'' || c == '’'; }

    /** A letter or digit; ASCII decided without a table lookup, since most copy is ASCII. */
    static boolean isWordChar(char c) {
        if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        return Character.isLetterOrDigit(c);
    }

    private static boolean letterAt(String text, int i) {
        return i < text.length() && isWordChar(text.charAt(i));
    }
}
