package dateline.copy.layout;

import dateline.copy.lexicon.BundledList;

import dateline.copy.text.Whitespace;

import java.util.Locale;
import java.util.regex.Pattern;
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

    /**
     * What stands between a byline's names: spaces and commas, and the slash, bar or brackets
     * before the writer's paper ("By Jane Roe / American Press", "By Jane Roe (China Daily)").
     * Compiled once: the byline test runs on every short line.
     */
    private static final Pattern BYLINE_GAPS = Pattern.compile("[ ,/|()]+");
    private static final Pattern SPACES = Pattern.compile(" +");

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
        String[] words = BYLINE_GAPS.split(trimmed.substring(3));
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
        if (trimmed.length() > MAX_CREDIT) return false;
        int slash = trimmed.lastIndexOf('/');
        if (slash <= 0 || slash == trimmed.length() - 1) return false;
        if (BlockShape.endsSentence(trimmed) || Whitespace.countWords(trimmed, MAX_CREDIT_WORDS + 1) > MAX_CREDIT_WORDS) return false;
        if (Whitespace.isSpace(trimmed.charAt(slash - 1)) || Whitespace.isSpace(trimmed.charAt(slash + 1))) return false;
        String agency = trimmed.substring(slash + 1);
        return agency.equals("Getty Images") || (BlockShape.isAllCaps(agency) || agency.length() == 2 && agency.equals(agency.toUpperCase(Locale.ROOT)))
                && Character.isUpperCase(trimmed.charAt(0));
    }

    /**
     * "Photo by Jane Roe", "Photo: Jane Roe/AP": a picture's credit on its own line, introduced as
     * one. (A bare "Jane Roe/TASS" may follow the deck on agencies' pages, so it is not read so.)
     */
    static boolean isCreditLine(String trimmed) {
        String look = trimmed.toLowerCase(Locale.ROOT);
        return look.startsWith("photo by ") || look.startsWith("photos by ") || look.startsWith("photo:");
    }

    /**
     * A photo caption kept above the story: its first sentence says what the picture shows
     * ("The debris of houses is pictured in ..."). Read only in the head, where a body's
     * sentence about a picture cannot stand.
     */
    static boolean isCaption(String block) {
        if (endsWithPictureCredit(Whitespace.trim(block))) return true;
        int stop = block.indexOf(". ");
        String first = (stop > 0 ? block.substring(0, stop) : block).toLowerCase(Locale.ROOT);
        for (String phrase : CAPTION_PHRASES) {
            if (first.contains(phrase)) return true;
        }
        return false;
    }

    /**
     * "... as blazes burn out of control.(AAP: Jane Roe)", "... houses. (Jane Roe/AP)": a caption
     * closes with the picture's credit in brackets, a source and a name in capitals joined by a
     * colon or a slash. A sentence of the story closes with its full stop.
     */
    private static boolean endsWithPictureCredit(String t) {
        if (!t.endsWith(")")) return false;
        int open = t.lastIndexOf('(');
        if (open < 0 || t.length() - open > MAX_CREDIT) return false;
        String credit = t.substring(open + 1, t.length() - 1);
        int joint = Math.max(credit.indexOf(':'), credit.indexOf('/'));
        if (joint <= 0 || Whitespace.countWords(credit, MAX_CREDIT_WORDS + 1) > MAX_CREDIT_WORDS) return false;
        boolean wordStart = true;
        for (int i = 0; i < credit.length(); i++) {
            char c = credit.charAt(i);
            if (wordStart && Character.isLowerCase(c)) return false;
            wordStart = c == ' ' || c == '/' || c == ':';
        }
        return true;
    }

    /**
     * A byline and a time stamp run together on one line, in either order, as scraped pages
     * set them: "[September 15, 2014] By Jane Roe", "Jane Roe Published 3:04 PM EST, March 4, 2024".
     * The stamp after a name must open with its own word ("Published", "Updated", "Posted"), so
     * a name and a number ("Apollo 11") are no stamp.
     */
    static boolean isBylineAndStamp(String line) {
        if (line.length() > MAX_LENGTH || !mayHoldStamp(line)) return false;
        String[] words = SPACES.split(Whitespace.trim(line.replace('[', ' ').replace(']', ' ')));
        // the words with one space between, cut at each word's start: no joining per cut
        String spaced = String.join(" ", words);
        int cut = 0;
        for (int k = 1; k < words.length; k++) {
            cut += words[k - 1].length() + 1;
            String head = spaced.substring(0, cut - 1);
            String tail = spaced.substring(cut);
            if (isTimestamp(head) && isByline(tail)) return true;
            boolean stampWord = STAMP_OPENERS.contains(words[k].toLowerCase(Locale.ROOT).replace(":", ""));
            if (stampWord && isTimestamp(tail) && (isByline(head) || isNameOnly(words, k))) return true;
        }
        return false;
    }

    /**
     * A stamp holds a digit, or a zone's sign ("UTC+3"): a line with neither is no byline and
     * stamp, told without cutting it at each word as the full check does.
     */
    private static boolean mayHoldStamp(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '+' || c == '-' || Character.isDigit(c)) return true;
        }
        return false;
    }

    /** Words that open the stamp after a writer's name. */
    private static final Set<String> STAMP_OPENERS = Set.of("published", "updated", "posted");

    /** A line that is only a writer's name: "Jane Roe", "Jane van Roe" (two to four words, no full stop). */
    static boolean isWriterName(String trimmed) {
        if (trimmed.length() > MAX_CREDIT) return false;
        String[] words = SPACES.split(trimmed);
        return words.length <= MAX_WRITER_WORDS && words.length == Whitespace.countWords(trimmed, MAX_WRITER_WORDS + 1)
                && isNameOnly(words, words.length);
    }

    private static final int MAX_WRITER_WORDS = 4;

    /** "Jane Roe", "Jane van Roe": two to five capitalised words, as a name is written. */
    private static boolean isNameOnly(String[] words, int end) {
        if (end < 2 || end > MAX_NAME_WORDS) return false;
        for (int i = 0; i < end; i++) {
            String w = words[i];
            boolean capitalised = Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '.');
            if (!capitalised && !NAME_JOINERS.contains(w.toLowerCase(Locale.ROOT))) return false;
        }
        return !words[end - 1].endsWith(".");
    }

    private static final int MAX_NAME_WORDS = 5;

    /** A line made only of dates, times, zones and the words around them, with at least one digit. */
    static boolean isTimestamp(String trimmed) {
        if (trimmed.length() > MAX_LENGTH) return false;
        boolean digit = false;
        boolean zone = false;
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
            else if (isZoneWithOffset(token)) digit = zone = true;
            else if (zone && end == n && isCapitalisedPlace(token)) return true; // "10:53 UTC+3 MOSCOW": the place of filing closes the stamp
            else if (!isDateWord(token)) return false;
            else zone = TIME_WORDS.contains(token.toLowerCase(Locale.ROOT)) && token.length() == 3;
            i = end;
        }
        return digit;
    }

    private static boolean isNumeric(String token) {
        if (!Character.isDigit(token.charAt(0))) return false;
        String rest = token.toLowerCase(Locale.ROOT);
        // "3:28pm": the hour written onto its am or pm.
        if (rest.length() > 2 && (rest.endsWith("am") || rest.endsWith("pm")) && Character.isDigit(rest.charAt(rest.length() - 3))) {
            rest = rest.substring(0, rest.length() - 2);
        }
        if (rest.endsWith("st") || rest.endsWith("nd") || rest.endsWith("rd") || rest.endsWith("th")) {
            rest = rest.substring(0, rest.length() - 2);
        }
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (!Character.isDigit(c) && ":.-/+hZ".indexOf(c) < 0 && c != 't') return false;
        }
        return true;
    }

    /** "UTC+3", "GMT-5": a zone written with its offset, as tass.com stamps its older pages. */
    private static boolean isZoneWithOffset(String token) {
        String word = token.toLowerCase(Locale.ROOT);
        if (word.length() < 5 || word.charAt(3) != '+' && word.charAt(3) != '-' || !TIME_WORDS.contains(word.substring(0, 3))) return false;
        for (int i = 4; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i)) && word.charAt(i) != ':') return false;
        }
        return true;
    }

    private static boolean isCapitalisedPlace(String token) {
        if (token.length() < 3) return false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!Character.isUpperCase(c) && c != '-') return false;
        }
        return true;
    }

    private static boolean isDateWord(String token) {
        String word = token.toLowerCase(Locale.ROOT);
        return TIME_WORDS.contains(word) || TIME_WORDS.contains(word.replace(":", ""))
                || DateText.startsWithMonth(token, 0) && word.length() <= 10;
    }
}
