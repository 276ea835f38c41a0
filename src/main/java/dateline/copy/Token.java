package dateline.copy;

import java.util.Locale;

/**
 * One word or punctuation mark of a text, with its offsets. Words keep inner hyphens and
 * apostrophes ("al-Qaida", "Pu'er"), and the dots of abbreviations and initials ("U.S.", "W.");
 * a possessive ending ("'s") is a token of its own so that "Nepal's" names Nepal. A small class
 * rather than a record so that its lower-case form is computed once, when first asked for.
 */
final class Token {
    private final String text;
    private final int start;
    private final int end;
    private final boolean word;
    private final boolean sentenceStart;
    private String lower;

    /** @param sentenceStart the first word of a sentence (or of the text), whose capital says nothing */
    Token(String text, int start, int end, boolean word, boolean sentenceStart) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.word = word;
        this.sentenceStart = sentenceStart;
    }

    String text() { return text; }

    int start() { return start; }

    int end() { return end; }

    boolean word() { return word; }

    boolean sentenceStart() { return sentenceStart; }

    boolean capitalised() {
        if (!word) return false;
        char first = text.charAt(0);
        if (Character.isUpperCase(first)) return true;
        // "al-Qaida", "el-Sisi": the capital after a lower-case Arabic article counts.
        return (first == 'a' || first == 'e') && text.length() > 3 && text.charAt(1) == 'l' && text.charAt(2) == '-'
                && Character.isUpperCase(text.charAt(3));
    }

    boolean isPossessive() {
        return !word && (text.equals("'s") || text.equals("’s") || text.equals("'") || text.equals("’"));
    }

    boolean is(String s) { return text.equals(s); }

    boolean allCaps() {
        if (!word) return false;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters >= 2;
    }

    boolean hasDigit() {
        for (int i = 0; i < text.length(); i++) if (Character.isDigit(text.charAt(i))) return true;
        return false;
    }

    String lower() {
        String l = lower;
        if (l == null) lower = l = text.toLowerCase(Locale.ROOT);
        return l;
    }

    @Override
    public String toString() { return text + "@" + start; }
}
