package dateline.copy.layout;

import dateline.copy.text.Whitespace;

/**
 * Agency furniture that closes a story or heads it on a line of its own, none of which says
 * anything happened: end marks ("(END)", "-- BERNAMA", "==Kyodo", "(MORE)"), a programme line ("Heard on ..."), desk codes made of
 * staff initials ("bur/jh/lb", "dpa abc/xy z2"), a reporter's e-mail address alone on a line, and
 * a name-and-stamp byline ("Jane Roe  |05.03.2026 - Update : 05.03.2026").
 * Each test reads at most {@link #SHORT} characters: such lines are short.
 */
public final class EndMatter {
    private static final int SHORT = 80;
    private static final int MAX_MARK_WORD = 12;
    private static final int MAX_CODE_TOKEN = 6;
    private static final int MAX_BYLINE_NAME_WORDS = 5;
    private static final int MAX_PROGRAMME_WORDS = 7;
    private static final String MARK_PUNCTUATION = "-=_()[]*#.";

    private EndMatter() {}

    static boolean isEndMatter(String trimmed) {
        if (trimmed.isEmpty() || trimmed.length() > SHORT) return false;
        return isEndMark(trimmed) || isDeskCode(trimmed) || isAddress(trimmed) || isStampedByline(trimmed)
                || isProgrammeLine(trimmed);
    }

    /** "Heard on Morning Edition": a broadcaster's web copy names its programme; a sentence would go on. */
    static boolean isProgrammeLine(String trimmed) {
        return (trimmed.startsWith("Heard on ") || trimmed.startsWith("As heard on "))
                && !BlockShape.endsSentence(trimmed) && Whitespace.countWords(trimmed, MAX_PROGRAMME_WORDS + 1) <= MAX_PROGRAMME_WORDS;
    }

    /** One word in marks: "(END)", "-- BERNAMA", "==Kyodo". A bare word is a heading, so a mark is required. */
    static boolean isEndMark(String trimmed) {
        int start = 0;
        int end = trimmed.length();
        while (start < end && (MARK_PUNCTUATION.indexOf(trimmed.charAt(start)) >= 0 || Whitespace.isSpace(trimmed.charAt(start)))) start++;
        while (end > start && (MARK_PUNCTUATION.indexOf(trimmed.charAt(end - 1)) >= 0 || Whitespace.isSpace(trimmed.charAt(end - 1)))) end--;
        if (start == 0 && end == trimmed.length() || end - start > MAX_MARK_WORD) return false;
        String word = trimmed.substring(start, end);
        if (word.isEmpty()) return false;
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) return false;
        }
        // "(END)" and "-- BERNAMA" shout; "==Kyodo" is marked twice. "(Reuters)" alone is a credit too.
        return BlockShape.isAllCaps(word) || start >= 2 || Character.isUpperCase(word.charAt(0)) && trimmed.startsWith("(");
    }

    /**
     * Staff initials joined by slashes, in lower case: "bur/jh/lb". Sentences have capitals,
     * full stops or long words; a desk code has none of these.
     */
    static boolean isDeskCode(String trimmed) {
        int slashes = 0;
        boolean space = false;
        int token = 0;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c == '/' || c == ' ') {
                if (c == '/') slashes++;
                else space = true;
                token = 0;
            } else if ((Character.isLowerCase(c) || Character.isDigit(c)) && ++token <= MAX_CODE_TOKEN) {
                continue;
            } else {
                return false;
            }
        }
        // "and/or" or "24/7" alone is a fragment; a code has several initials.
        return slashes >= 2 || slashes == 1 && space;
    }

    /** "jroe@agency.co.kr" alone on a line. */
    static boolean isAddress(String trimmed) {
        int at = trimmed.indexOf('@');
        return at > 0 && trimmed.indexOf('.', at) > at + 1 && trimmed.indexOf(' ') < 0 && !trimmed.endsWith(".");
    }

    /** "Jane Roe  |05.03.2026 - Update : 05.03.2026": a few capitalised words, a bar, then only a stamp. */
    static boolean isStampedByline(String trimmed) {
        int bar = trimmed.indexOf('|');
        if (bar <= 0) return false;
        String name = Whitespace.trim(trimmed.substring(0, bar));
        String stamp = trimmed.substring(bar + 1).replace(" : ", " ");
        if (name.isEmpty() || Whitespace.countWords(name, MAX_BYLINE_NAME_WORDS + 1) > MAX_BYLINE_NAME_WORDS) return false;
        for (String word : name.split(" +")) {
            if (!word.isEmpty() && !Character.isUpperCase(word.charAt(0))) return false;
        }
        return Furniture.isTimestamp(Whitespace.trim(stamp));
    }
}
