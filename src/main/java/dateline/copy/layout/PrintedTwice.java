package dateline.copy.layout;

import dateline.copy.text.Whitespace;

/**
 * A photo caption a scrape keeps twice, once from the picture's alternative text and once from
 * its caption, on two lines in a row: "Rescuers search through collapsed houses." then the same
 * words with the credit ("... houses. (Jane Roe/AP)"), or the same words with other quote
 * marks. A writer never sets one sentence twice running, so both lines are furniture.
 */
final class PrintedTwice {
    /** Short lines ("Read more") may well stand twice as links; a caption says more. */
    private static final int MIN_CHARS = 30;

    private PrintedTwice() {}

    /** Whether {@code next} repeats {@code line} word for word, perhaps with a credit after it. */
    static boolean isPair(String line, String next) {
        if (next == null) return false;
        String a = Whitespace.trim(line);
        String b = Whitespace.trim(next);
        if (a.length() < MIN_CHARS || b.length() < a.length()) return false;
        for (int i = 0; i < a.length(); i++) {
            if (plain(a.charAt(i)) != plain(b.charAt(i))) return false;
        }
        return b.length() == a.length() || b.charAt(a.length()) == ' ';
    }

    /** Curly and straight quote marks are one mark: the two copies may be typeset apart. */
    private static char plain(char c) {
        return switch (c) {
            case '“', '”', '„' -> '"';
            case '‘', '’' -> '\'';
            default -> c;
        };
    }
}
