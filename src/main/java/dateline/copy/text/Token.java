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
    /** Whether the text holds a digit: 0 not yet known, 1 no, 2 yes. */
    private byte digit;

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

    /** Character {@code i} of the token, read without cutting its text (a substring per word checked). */
    private char at(int i) { return source.charAt(start + i); }

    /** Character {@code i} of the token's text, read without cutting it. */
    public char charAt(int i) { return at(i); }

    /** The length of the token's text. */
    public int length() { return end - start; }

    public int start() { return start; }

    public int end() { return end; }

    public boolean word() { return word; }

    public boolean sentenceStart() { return sentenceStart; }

    public boolean capitalised() {
        if (!word) return false;
        char first = first();
        if (Character.isUpperCase(first)) return true;
        if (first != 'a' && first != 'e') return false;
        // "al-Qaida", "el-Sisi": the capital after a lower-case Arabic article counts.
        return end - start > 3 && at(1) == 'l' && at(2) == '-' && Character.isUpperCase(at(3));
    }

    public boolean isPossessive() {
        String text = text();
        return !word && (text.equals("'s") || text.equals("’s") || text.equals("'") || text.equals("’"));
    }

    public boolean is(String s) {
        return end - start == s.length() && source.startsWith(s, start);
    }

    public boolean allCaps() {
        if (!word || !Character.isUpperCase(first())) return false;
        int letters = 0;
        for (int i = 0; i < end - start; i++) {
            char c = at(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters >= 2;
    }

    /** Asked of every token by several readers (scores, numbered names): found once, then kept. */
    public boolean hasDigit() {
        byte d = digit;
        if (d == 0) {
            d = 1;
            for (int i = 0; i < end - start; i++) {
                if (Character.isDigit(at(i))) {
                    d = 2;
                    break;
                }
            }
            digit = d;
        }
        return d == 2;
    }

    public String lower() {
        String l = lower;
        if (l == null) lower = l = text().toLowerCase(Locale.ROOT);
        return l;
    }

    @Override
    public String toString() { return text() + "@" + start; }
}
