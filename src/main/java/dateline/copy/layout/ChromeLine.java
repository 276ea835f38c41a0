package dateline.copy.layout;

import dateline.copy.text.Whitespace;

import java.util.List;
import java.util.Locale;
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
    private static final Set<String> WHOLE = Set.of(
            "all news", "news", "latest news", "share", "share this", "share this article",
            "share this story", "share article", "tweet", "email", "e-mail", "print", "facebook",
            "twitter", "x", "whatsapp", "telegram", "linkedin", "reddit", "vk", "copy link",
            "link copied", "advertisement", "ad", "sponsored", "comments", "show comments",
            "close", "menu", "home", "skip to content", "skip to main content", "listen",
            "listen to this article", "read more", "read also", "see also", "also read",
            "related", "related articles", "related stories", "related news", "more news",
            "most read", "trending", "top stories", "subscribe", "sign in", "log in",
            "back to top", "updated", "updated at", "published", "follow us", "sign up here");

    /** Line openings (compared without case). */
    private static final List<String> OPENINGS = List.of(
            "updated at", "updated:", "last updated", "published at", "published:",
            "read also", "read more", "also read", "read next", "see also:", "related:",
            "related coverage", "more:", "watch:", "watch video", "listen:", "photo:", "photos:",
            "photo credit", "photograph:", "image:", "image credit", "file photo", "caption:",
            "credit:", "©", "all rights reserved", "sign up for",
            "sign up to", "subscribe to", "subscribe for", "follow us", "follow tass",
            "click here", "tap here", "tags:", "topics:", "share on", "share this",
            "we use cookies", "this website uses cookies", "this site uses cookies",
            "by continuing to use", "accept cookies", "download the app", "get the app",
            "(reporting by", "(additional reporting by", "(writing by", "(editing by",
            "(compiled by", "(reporting and writing by", "(this story ", "(corrects ",
            "our standards:", "(with inputs from", "with inputs from", "acquire licensing rights", "click to ",
            "anadolu agency's website contains only", "story continues below", "article continues below", "continue reading", "scroll to continue",
            "image source,", "image caption,", "media caption,", "video caption,", "image copyright");

    private static final Set<String> LINK_INTROS = Set.of("read also", "read more", "also read",
            "see also", "related", "related articles", "related stories", "related news", "read next");
    private static final int MAX_LINK_TITLE = 200;

    private ChromeLine() {}

    static boolean isChrome(String line) {
        if (line.length() > SHORT) return isLongChrome(line);
        String trimmed = Whitespace.trim(line);
        if (trimmed.isEmpty()) return false;
        String look = trimmed.toLowerCase(Locale.ROOT);
        if (WHOLE.contains(withoutTrailingPunctuation(look))) return true;
        for (String opening : OPENINGS) {
            if (look.startsWith(opening)) return true;
        }
        if (EndMatter.isEndMatter(trimmed) || Furniture.isByline(trimmed) || Furniture.isTimestamp(trimmed) || Furniture.isPhotoCredit(trimmed)) return true;
        return isRule(trimmed) || (line.length() <= SHORT && (isCaption(look) || isNotice(look) || isCredit(look)
                || trimmed.contains("REUTERS/")));
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

    /** "___" or "* * *": a rule between the story and what follows it. */
    private static boolean isRule(String line) {
        boolean rule = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("_-*=~•·".indexOf(c) >= 0) rule = true;
            else if (!Whitespace.isSpace(c)) return false;
        }
        return rule;
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
        boolean contributed = look.contains("contributed to this report") || look.contains("contributed reporting")
                || look.contains("contributed to this story") || look.endsWith(" contributed.")
                || look.contains(" writer ") && look.contains(" contributed from ");
        boolean follow = look.startsWith("follow ") && (look.contains("http") || look.contains("coverage")
                || look.contains("twitter") || look.contains(" on x") || look.contains("facebook")
                || look.contains("instagram") || look.contains("@"));
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
        return look.contains("getty images") || look.contains("(ap photo") || look.contains("ap photo/")
                || look.contains("(photo:") || look.contains("(photo by")
                || look.startsWith("photo by ") || look.contains("/afp via") || look.contains("(file photo")
                || look.contains("photograph:") || look.endsWith("opens new tab");
    }

    private static boolean isNotice(String look) {
        boolean cookies = look.contains("cookie") && (look.contains("use") || look.contains("accept")
                || look.contains("policy") || look.contains("consent"));
        boolean newsletter = (look.contains("newsletter") || look.contains("inbox")) && (look.contains("sign up")
                || look.contains("subscribe") || look.contains("inbox") || look.contains("delivered"));
        boolean offers = look.contains("special offers") || look.contains("privacy notice")
                || look.contains("privacy policy") || look.contains("sign up now") || look.endsWith("more info")
                || look.contains("click here") || look.contains("subscribe now");
        return cookies || newsletter || offers || look.contains("all rights reserved");
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

    private static String withoutTrailingPunctuation(String s) {
        int end = s.length();
        while (end > 0 && (":.|>»›-–—…".indexOf(s.charAt(end - 1)) >= 0 || Whitespace.isSpace(s.charAt(end - 1)))) end--;
        return s.substring(0, end);
    }
}
