package dateline.copy.text;

/**
 * Whitespace as copy uses it. Scraped pages are full of no-break spaces (the seed's
 * "Updated at:" line ends with U+00A0) that {@link String#strip()} keeps, so the parser
 * compares lines through these methods while keeping the printed text unchanged.
 */
public final class Whitespace {
    private Whitespace() {}

    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F'
                || c == '\uFEFF' || c == '\u200B';
    }

    /** The text without surrounding spaces of any kind. */
    public static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) start++;
        while (end > start && isSpace(s.charAt(end - 1))) end--;
        return s.substring(start, end);
    }

    public static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) return false;
        }
        return true;
    }

    /** Number of words (runs of non-space characters), counting at most {@code cap}. */
    public static int countWords(String s, int cap) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length() && words < cap; i++) {
            boolean space = isSpace(s.charAt(i));
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }
}
