package dateline.copy.layout;

import dateline.copy.lexicon.BundledList;

import dateline.copy.text.Whitespace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Says whether one line of scraped copy is page chrome or furniture rather than story:
 * navigation ("All news"), empty or filled "Updated at:" stamps, share buttons, "Read also"
 * links, copyright and cookie notices, newsletter promos, photo captions and credits, and
 * agency credit lines such as "(Reporting by ...; Editing by ...)", bylines and time stamps.
 *
 * <p>Of a line longer than {@link #SHORT} characters only the first {@link #OPENING_LOOK} are
 * read, so a line of a megabyte costs no more than a short one: chrome is short, or announces
 * itself at the start of the line.
 */
public final class ChromeLine {
    /** Longer lines are story text even when they mention cookies or photos. */
    private static final int SHORT = 300;
    /** Enough of a long line to hold the longest opening below. */
    private static final int OPENING_LOOK = 64;

    /** Whole lines (compared without case and without trailing punctuation). */
    private static final Set<String> WHOLE = Set.copyOf(BundledList.section("furniture-lines.txt", "whole lines"));
    private static final int LONGEST_WHOLE = WHOLE.stream().mapToInt(String::length).max().orElse(0);

    /** Line openings (compared without case). */
    private static final List<String> OPENINGS = List.copyOf(BundledList.section("furniture-lines.txt", "line openings"));
    /** The openings by their first character: a line is compared only with those it could open with. */
    private static final Map<Character, List<String>> OPENINGS_BY_INITIAL = byInitial(OPENINGS);
    /** The same for ASCII initials in an array: asked for every line, so no boxing and hashing. */
    private static final List<?>[] ASCII_OPENINGS = asciiOpenings(OPENINGS_BY_INITIAL);

    private static final Set<String> LINK_INTROS = Set.copyOf(BundledList.section("furniture-lines.txt", "link intros"));
    /** A short line holding one of these is a caption, credit or notice (compared without case). */
    private static final List<String> SHORT_LINE_MARKS = List.copyOf(BundledList.section("furniture-lines.txt", "short lines containing"));
    /** "Follow ..." is a promo, not a sentence, when it points at one of these. */
    private static final List<String> FOLLOW_MENTIONS = List.copyOf(BundledList.section("furniture-lines.txt", "follow line mentions"));
    /** A short line ending with one of these is a link ("Homes destroyed as towns evacuated Read more"). */
    private static final List<String> ENDINGS = List.copyOf(BundledList.section("furniture-lines.txt", "line endings"));
    private static final List<String> IMAGE_FILES = List.copyOf(BundledList.section("furniture-lines.txt", "image file endings"));
    private static final int MAX_LINK_TITLE = 200;

    private ChromeLine() {}

    static boolean isChrome(String line) {
        if (line.length() > SHORT) return isLongChrome(line);
        String trimmed = Whitespace.trim(line);
        if (trimmed.isEmpty()) return false;
        String look = trimmed.toLowerCase(Locale.ROOT);
        String bare = withoutTrailingPunctuation(look); // once, not once per ending
        // a line longer than any whole line is not hashed to look it up
        if (bare.length() <= LONGEST_WHOLE && WHOLE.contains(bare) || WHOLE.contains(doubledHalf(look))) return true;
        for (String ending : ENDINGS) {
            // A link's title has no full stop (a question mark it may have); a paragraph the
            // scrape ran a "Read More" onto ends with one.
            if (bare.endsWith(ending) && !bare.startsWith(".", bare.length() - ending.length() - 1)) return true;
        }
        if (isImageFileName(look)) return true;
        for (String opening : openingsFor(look.charAt(0))) {
            if (look.startsWith(opening)) return true;
        }
        if (EndMatter.isEndMatter(trimmed) || SiteName.isCredit(trimmed) || Furniture.isByline(trimmed) || Furniture.isTimestamp(trimmed) || Furniture.isBylineAndStamp(trimmed) || Furniture.isPhotoCredit(trimmed)) return true;
        return isRule(trimmed) || (line.length() <= SHORT && (isCaption(look) || isNotice(look) || isCredit(look)
                || trimmed.contains("REUTERS/")));
    }

    /** "Skip to main contentSkip to main content": a scrape that ran a link's two copies together; the one, else "". */
    private static String doubledHalf(String look) {
        int half = look.length() / 2;
        // compared in place: the half is cut only when the two halves match
        return look.length() % 2 == 0 && look.regionMatches(0, look, half, half) ? look.substring(half) : "";
    }

    /**
     * A line longer than any notice, caption or stamp is story text unless it opens as chrome
     * does ("(Reporting by ...; Editing by ...)", "Read more: ..."): only its opening is read.
     */
    private static boolean isLongChrome(String line) {
        String head = Whitespace.trim(line.substring(0, OPENING_LOOK)).toLowerCase(Locale.ROOT);
        for (String opening : OPENINGS) {
            if (head.startsWith(opening)) return true;
        }
        return isRule(line);
    }

    /**
     * A line without a letter or digit: a rule between the story and what follows it ("___",
     * "* * *") or what a scrape leaves of a layout table or an icon ("|  |", "▲").
     */
    private static boolean isRule(String line) {
        boolean marks = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetterOrDigit(c)) return false;
            if (!Whitespace.isSpace(c)) marks = true;
        }
        return marks;
    }

    /** "AP writer Jane Roe contributed to this report." and "Follow AP's coverage at ...". */
    private static boolean isCredit(String look) {
        // "Reporting by ..." and "Copyright ..." also open ordinary sentences ("Reporting by the
        // BBC showed ...", "Copyright claims rose ..."): as credits they name an editor or a year.
        boolean credit = (look.startsWith("reporting by ") || look.startsWith("additional reporting by ")
                || look.startsWith("writing by ") || look.startsWith("editing by "))
                && (look.contains("editing by") || look.contains(";"));
        boolean copyright = (look.startsWith("copyright") || look.startsWith("(c) "))
                && (look.contains("reserved") || look.contains("rights") || hasYear(look));
        if (credit || copyright) return true;
        boolean contributed = look.endsWith(" contributed.")
                || look.contains(" writer ") && look.contains(" contributed from ");
        boolean follow = look.startsWith("follow ") && containsAny(look, FOLLOW_MENTIONS);
        return contributed || follow;
    }

    /** "Read also", "READ MORE:", "Related": the next line is the linked story's headline. */
    static boolean introducesLink(String line) {
        String look = withoutTrailingPunctuation(Whitespace.trim(line).toLowerCase(Locale.ROOT));
        return LINK_INTROS.contains(look);
    }

    /** A linked story's headline: short and without a full stop. */
    static boolean isLinkTitle(String line) {
        return line.length() <= MAX_LINK_TITLE && BlockShape.looksLikeHeadline(Whitespace.trim(line));
    }

    /**
     * "1 of 4. Authorities monitor ..." (a gallery caption) or a photo credit. Reuters credits
     * its photographers as "REUTERS/Name", in capitals, unlike a "Reuters/Ipsos poll" in a story.
     */
    private static boolean isCaption(String look) {
        if (look.startsWith("item ") && skipDigits(look, 5) > 5) return true;   // "Item 1 of 3 A man walks ..."
        if (look.startsWith("[") && skipDigits(look, 1) > 1 && look.indexOf(']') < 12) return true; // "[1/2] A view ..."
        int i = skipDigits(look, 0);
        if (i > 0 && look.startsWith(" of ", i)) {
            int j = skipDigits(look, i + 4);
            if (j > i + 4 && j < look.length() && (look.charAt(j) == '.' || look.charAt(j) == ' ')) return true;
        }
        return look.startsWith("photo by ") || look.endsWith("opens new tab");
    }

    private static boolean isNotice(String look) {
        boolean cookies = look.contains("cookie") && (look.contains("use") || look.contains("accept")
                || look.contains("policy") || look.contains("consent"));
        boolean newsletter = (look.contains("newsletter") || look.contains("inbox")) && (look.contains("sign up")
                || look.contains("subscribe") || look.contains("inbox") || look.contains("delivered"));
        return cookies || newsletter || look.endsWith("more info") || containsAny(look, SHORT_LINE_MARKS);
    }

    /** "google.JPG", "IMG_2041.jpeg": a scraped image's file name alone on a line. */
    private static boolean isImageFileName(String look) {
        if (look.indexOf(' ') >= 0) return false;
        for (String extension : IMAGE_FILES) if (look.endsWith(extension) && look.length() > extension.length()) return true;
        return false;
    }

    private static boolean containsAny(String look, List<String> marks) {
        for (String mark : marks) if (look.contains(mark)) return true;
        return false;
    }

    private static boolean hasYear(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = Character.isDigit(s.charAt(i)) ? run + 1 : 0;
            if (run == 4) return true;
        }
        return false;
    }

    private static int skipDigits(String s, int from) {
        int i = from;
        while (i < s.length() && i - from < 4 && Character.isDigit(s.charAt(i))) i++;
        return i;
    }

    private static Map<Character, List<String>> byInitial(List<String> openings) {
        Map<Character, List<String>> byInitial = new HashMap<>();
        for (String opening : openings) byInitial.computeIfAbsent(opening.charAt(0), c -> new ArrayList<>()).add(opening);
        return Map.copyOf(byInitial);
    }

    @SuppressWarnings("unchecked")
    private static List<String> openingsFor(char initial) {
        if (initial < ASCII_OPENINGS.length) return (List<String>) ASCII_OPENINGS[initial];
        return OPENINGS_BY_INITIAL.getOrDefault(initial, List.of());
    }

    private static List<?>[] asciiOpenings(Map<Character, List<String>> byInitial) {
        List<?>[] openings = new List<?>[128];
        for (char c = 0; c < openings.length; c++) openings[c] = byInitial.getOrDefault(c, List.of());
        return openings;
    }

    private static String withoutTrailingPunctuation(String s) {
        int end = s.length();
        while (end > 0 && (":.|>»›-–—…".indexOf(s.charAt(end - 1)) >= 0 || Whitespace.isSpace(s.charAt(end - 1)))) end--;
        return s.substring(0, end);
    }
}
