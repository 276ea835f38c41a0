package dateline.copy.layout;

import dateline.copy.text.Whitespace;

import java.util.ArrayList;
import java.util.List;

/**
 * Some stores keep a whole body on one line with two spaces where the paragraphs broke
 * (dev 12 of the corpus). Such a line is long, has several double-space breaks, and still
 * separates most sentences by one space, which tells it from typewriter copy that puts two
 * spaces after every full stop.
 */
public final class FlattenedBody {
    private static final int MIN_LENGTH = 300;
    private static final int MIN_BREAKS = 3;
    private static final int LONG_LINE = 1500;
    private static final int MANY_BREAKS = 6;

    private FlattenedBody() {}

    /** The line's paragraphs: the line itself unless it is a flattened body. */
    static List<String> paragraphs(String line) {
        if (line.length() < MIN_LENGTH || !isFlattened(line)) return List.of(line);
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) == ' ' && i + 1 < line.length() && line.charAt(i + 1) == ' ') {
                addTrimmed(line.substring(start, i), out);
                while (i < line.length() && line.charAt(i) == ' ') i++;
                start = i;
            } else {
                i++;
            }
        }
        addTrimmed(line.substring(start), out);
        return out;
    }

    private static void addTrimmed(String part, List<String> out) {
        String trimmed = Whitespace.trim(part);
        if (!trimmed.isEmpty()) out.add(trimmed);
    }

    private static boolean isFlattened(String line) {
        int doubleBreaks = 0;
        int singleSentenceBreaks = 0;
        for (int i = 1; i + 2 < line.length(); i++) {
            if (line.charAt(i) != ' ' || line.charAt(i - 1) == ' ') continue;
            if (line.charAt(i + 1) == ' ') {
                if (line.charAt(i + 2) != ' ') doubleBreaks++;
            } else if (endsLowercaseSentence(line, i) && Character.isUpperCase(line.charAt(i + 1))) {
                singleSentenceBreaks++;
            }
        }
        // A line this long with so many double breaks is a flattened body even when every
        // paragraph is a single sentence (no single-space sentence break to compare with).
        boolean manyBreaks = line.length() >= LONG_LINE && doubleBreaks >= MANY_BREAKS;
        return doubleBreaks >= MIN_BREAKS && (singleSentenceBreaks > 0 || manyBreaks);
    }

    /** "...asleep. Next" ends a sentence; "Mr. Next" or "U.S. Next" may not. */
    private static boolean endsLowercaseSentence(String line, int space) {
        if (line.charAt(space - 1) != '.' || space < 5) return false;
        for (int k = space - 4; k < space - 1; k++) {
            if (!Character.isLowerCase(line.charAt(k))) return false;
        }
        return true;
    }
}
