package dateline.copy.layout;

import dateline.copy.lexicon.BundledList;

import dateline.copy.text.Whitespace;

import java.util.Locale;
import java.util.Set;
import java.util.List;

/**
 * Lines that say who wrote or photographed a story and when, rather than what happened: bylines
 * ("By Jane Roe, Associated Press"), photo credits ("Sergei Bobylev/TASS") and time stamps
 * ("December 26, 2024 20:17 MSK").
 * Both stand between a headline and the body, where they would pass for a standfirst.
 */
public final class Furniture {
    private static final int MAX_LENGTH = 120;
    private static final int MAX_BYLINE_WORDS = 12;
    private static final int MAX_CREDIT = 80;
    private static final int MAX_CREDIT_WORDS = 8;
    private static final Set<String> NAME_JOINERS = Set.copyOf(BundledList.section("name-words.txt", "byline name joiners"));
    private static final Set<String> TIME_WORDS = Set.copyOf(BundledList.section("furniture-lines.txt", "time stamp words"));
    private static final List<String> CAPTION_PHRASES = List.copyOf(BundledList.section("furniture-lines.txt", "caption phrases"));

    private Furniture() {}

    /** "By Jane Roe" or "BY JANE ROE and JOHN DOE, Associated Press": capitalised names after "By". */
    /** "-- By Jane Roe": a dash some sites set before the byline. */
    private static String withoutLeadingDashes(String line) {
        int i = 0;
        while (i < line.length() && ("-–— ".indexOf(line.charAt(i)) >= 0)) i++;
        return i > 0 && i < line.length() ? line.substring(i) : line;
    }

    /** "By Jane Roe Follow @janeroe": the writer's social handle after the byline. */
    private static String withoutHandle(String line) {
        int follow = line.indexOf(" Follow @");
        return follow > 0 && line.indexOf(' ', follow + 9) < 0 ? line.substring(0, follow) : line;
    }

    static boolean isByline(String line) {
        String trimmed = withoutHandle(withoutLeadingDashes(line));
        if (trimmed.length() > MAX_LENGTH || !(trimmed.startsWith("By ") || trimmed.startsWith("BY "))) return false;
        if (BlockShape.endsSentence(trimmed) && !trimmed.endsWith(".")) return false;
        String[] words = trimmed.substring(3).split("[ ,]+");
        if (words.length == 0 || words.length > MAX_BYLINE_WORDS || words[0].isEmpty()) return false;
        for (String word : words) {
            if (word.isEmpty()) continue;
            if (word.equalsIgnoreCase("the")) return false; // "BY THE NUMBERS" heads a section
            boolean capitalised = Character.isUpperCase(word.charAt(0));
            if (!capitalised && !NAME_JOINERS.contains(word.toLowerCase(Locale.ROOT))) return false;
        }
        return Character.isUpperCase(words[0].charAt(0));
    }

    /**
     * A photo credit on a line of its own: a few words and a slash before an agency in capitals
     * ("Sergei Bobylev/TASS", "EPA-EFE/JANE ROE", "Jane Roe/Getty Images"), no full stop.
     */
    static boolean isPhotoCredit(String trimmed) {
        int slash = trimmed.length() > MAX_CREDIT ? -1 : trimmed.lastIndexOf('/');
        if (trimmed.length() > MAX_CREDIT || slash <= 0 || slash == trimmed.length() - 1) return false;
        if (BlockShape.endsSentence(trimmed) || Whitespace.countWords(trimmed, MAX_CREDIT_WORDS + 1) > MAX_CREDIT_WORDS) return false;
        if (Whitespace.isSpace(trimmed.charAt(slash - 1)) || Whitespace.isSpace(trimmed.charAt(slash + 1))) return false;
        String agency = trimmed.substring(slash + 1);
        return agency.equals("Getty Images") || (BlockShape.isAllCaps(agency) || agency.length() == 2 && agency.equals(agency.toUpperCase(Locale.ROOT)))
                && Character.isUpperCase(trimmed.charAt(0));
    }

    /**
     * A photo caption kept above the story: its first sentence says what the picture shows
     * ("The debris of houses is pictured in ..."). Read only in the head, where a body's
     * sentence about a picture cannot stand.
     */
    static boolean isCaption(String block) {
        int stop = block.indexOf(". ");
        String first = (stop > 0 ? block.substring(0, stop) : block).toLowerCase(Locale.ROOT);
        for (String phrase : CAPTION_PHRASES) {
            if (first.contains(phrase)) return true;
        }
        return false;
    }

    /** A line made only of dates, times, zones and the words around them, with at least one digit. */
    static boolean isTimestamp(String trimmed) {
        if (trimmed.length() > MAX_LENGTH) return false;
        boolean digit = false;
        // The words between runs of spaces and commas, read in place: a split("[ ,]+") would
        // compile its pattern on every line of every story.
        int n = trimmed.length();
        for (int i = 0; i < n; ) {
            while (i < n && (trimmed.charAt(i) == ' ' || trimmed.charAt(i) == ',')) i++;
            int end = i;
            while (end < n && trimmed.charAt(end) != ' ' && trimmed.charAt(end) != ',') end++;
            if (end == i) break;
            String token = trimmed.substring(i, end);
            if (isNumeric(token)) digit = true;
            else if (!isDateWord(token)) return false;
            i = end;
        }
        return digit;
    }

    private static boolean isNumeric(String token) {
        if (!Character.isDigit(token.charAt(0))) return false;
        String rest = token.toLowerCase(Locale.ROOT);
        if (rest.endsWith("st") || rest.endsWith("nd") || rest.endsWith("rd") || rest.endsWith("th")) {
            rest = rest.substring(0, rest.length() - 2);
        }
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (!Character.isDigit(c) && ":.-/+hZ".indexOf(c) < 0 && c != 't') return false;
        }
        return true;
    }

    private static boolean isDateWord(String token) {
        String word = token.toLowerCase(Locale.ROOT);
        return TIME_WORDS.contains(word) || TIME_WORDS.contains(word.replace(":", ""))
                || DateText.startsWithMonth(token, 0) && word.length() <= 10;
    }
}
