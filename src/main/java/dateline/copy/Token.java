package dateline.copy;

/**
 * One word or punctuation mark of a text, with its offsets. Words keep inner hyphens and
 * apostrophes ("al-Qaida", "Pu'er"), and the dots of abbreviations and initials ("U.S.", "W.");
 * a possessive ending ("'s") is a token of its own so that "Nepal's" names Nepal.
 *
 * @param sentenceStart the first word of a sentence (or of the text), whose capital says nothing
 */
record Token(String text, int start, int end, boolean word, boolean sentenceStart) {

    boolean capitalised() {
        if (!word) return false;
        int i = 0;
        // "al-Qaida", "el-Sisi": the capital after a lower-case Arabic article counts.
        if (text.length() > 3 && (text.startsWith("al-") || text.startsWith("el-"))) i = 3;
        return Character.isUpperCase(text.codePointAt(i));
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

    String lower() { return text.toLowerCase(java.util.Locale.ROOT); }
}
