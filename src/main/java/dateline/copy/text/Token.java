package dateline.copy.text;

import dateline.copy.lexicon.Words;

import java.util.Locale;

/**
 * One word or punctuation mark of a text, with its offsets. Words keep inner hyphens and
 * apostrophes ("al-Qaida", "Pu'er"), and the dots of abbreviations and initials ("U.S.", "W.");
 * a possessive ending ("'s") is a token of its own so that "Nepal's" names Nepal. A small class
 * rather than a record so that its text and lower-case form are made only when first asked
 * for: most words of a story are never looked at again once their first letter is known.
 */
public final class Token {
    private final String source;
    private String text;
    private final int start;
    private final int end;
    private final boolean word;
    private final boolean sentenceStart;
    private String lower;
    /** {@link #shape()}: 0 until read, then SHAPE_READ with the flags that hold. */
    private byte shape;
    private static final int SHAPE_READ = 1;
    private static final int CAPITALISED = 2;
    private static final int ALL_CAPS = 4;
    private static final int DIGIT = 8;

    /**
     * A punctuation mark, its text given (one shared string per mark) and read, like every
     * token's, from {@code source} at {@code start}.
     */
    static Token mark(String text, String source, int start, int end) {
        return new Token(text, source, start, end, false, false);
    }

    /**
     * A token whose text is {@code source} from {@code start} to {@code end}, cut when first needed.
     *
     * @param sentenceStart the first word of a sentence (or of the text), whose capital says nothing
     */
    static Token of(String source, int start, int end, boolean word, boolean sentenceStart) {
        return new Token(null, source, start, end, word, sentenceStart);
    }

    private Token(String text, String source, int start, int end, boolean word, boolean sentenceStart) {
        this.text = text;
        this.source = source;
        this.start = start;
        this.end = end;
        this.word = word;
        this.sentenceStart = sentenceStart;
    }

    public String text() {
        String t = text;
        if (t == null) text = t = source.substring(start, end);
        return t;
    }

    private char first() { return source.charAt(start); }

    /** Character {@code i} of the token's text, read without cutting it (a substring per word checked). */
    public char charAt(int i) { return source.charAt(start + i); }

    /** The length of the token's text. */
    public int length() { return end - start; }

    public int start() { return start; }

    public int end() { return end; }

    public boolean word() { return word; }

    public boolean sentenceStart() { return sentenceStart; }

    public boolean capitalised() { return (shape() & CAPITALISED) != 0; }

    public boolean isPossessive() {
        return !word && (is("'s") || is("’s") || is("'") || is("’"));
    }

    public boolean is(String s) {
        return end - start == s.length() && source.startsWith(s, start);
    }

    /** A word in capitals: its first letter a capital, no lower-case letter, two letters at least. */
    public boolean allCaps() { return (shape() & ALL_CAPS) != 0; }

    public boolean hasDigit() { return (shape() & DIGIT) != 0; }

    /**
     * The token's shape, read once in one pass over its characters and kept: several readers
     * ask every token of a story whether it is capitalised, in capitals or holds a digit.
     */
    private int shape() {
        int s = shape;
        if (s == 0) shape = (byte) (s = readShape());
        return s;
    }

    private int readShape() {
        int s = SHAPE_READ;
        int n = end - start;
        boolean lowerCase = false;
        int letters = 0;
        for (int i = start; i < end; i++) {
            char c = source.charAt(i);
            if (c < 128) {
                // ASCII told without the character tables, as most copy is ASCII
                if (c >= 'a' && c <= 'z') {
                    lowerCase = true;
                    letters++;
                } else if (c >= 'A' && c <= 'Z') {
                    letters++;
                } else if (c >= '0' && c <= '9') {
                    s |= DIGIT;
                }
            } else {
                if (Character.isDigit(c)) s |= DIGIT;
                if (Character.isLowerCase(c)) lowerCase = true;
                if (Character.isLetter(c)) letters++;
            }
        }
        if (!word) return s;
        char first = first();
        boolean upper = Character.isUpperCase(first);
        // "al-Qaida", "el-Sisi": the capital after a lower-case Arabic article counts.
        boolean article = (first == 'a' || first == 'e') && n > 3 && charAt(1) == 'l' && charAt(2) == '-' && Character.isUpperCase(charAt(3));
        if (upper || article) s |= CAPITALISED;
        if (upper && !lowerCase && letters >= 2) s |= ALL_CAPS;
        return s;
    }

    public String lower() {
        String l = lower;
        if (l == null) lower = l = text().toLowerCase(Locale.ROOT);
        return l;
    }

    @Override
    public String toString() { return text() + "@" + start; }
}
