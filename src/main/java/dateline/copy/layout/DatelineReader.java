package dateline.copy.layout;

import dateline.copy.text.Whitespace;

import dateline.story.DatelineInfo;
import java.time.LocalDate;

/**
 * Reads the dateline that opens a paragraph, in the styles agencies print:
 * {@code WASHINGTON, September 12. /TASS/.}, {@code IGORA /Leningrad Region/, December 26. /TASS/.},
 * {@code MOSCOW (Reuters) -}, {@code MEXICO CITY (AP) —}, {@code BEIJING, Jan. 5 (Xinhua) --},
 * {@code KYIV, Ukraine —}, {@code NEW DELHI:}, {@code PUTRAJAYA, Nov 22 —},
 * {@code SENDAI, Japan, Jan. 14 Kyodo -}, {@code Valencia, Spain, Mar 5 (EFE).-}, {@code PRAGUE—}.
 *
 * <p>A place alone is not a dateline: it must be closed by a date, an agency or a dash (or a
 * colon straight after a place: {@code NEW DELHI:}, {@code Hyderabad:}, but not {@code Update:}),
 * so that the opening words of an ordinary sentence ("US officials said") are never taken for one.
 * Relayed copy may keep only the agency: {@code (Reuters) -}. A hand-written scanner over at
 * most {@link #LOOK} characters: no regular expression, no backtracking beyond one region.
 */
public final class DatelineReader {
    private static final int LOOK = 200;
    /** "YUZHNO-SAKHALINSK, Sakhalin Region": a dateline alone on its line is short. */
    private static final int MAX_ALONE = 60;
    /** "Kyodo", "Yonhap", "Bernama": agency names printed without brackets are single short words. */
    private static final int MAX_BARE_AGENCY = 12;

    private final String s;
    private int pos;
    /** TASS's {@code /TASS/.} closes a dateline by itself; {@code (Reuters)} needs its dash. */
    private boolean slashAgency;
    /** Relayed copy sometimes loses the space after the dash: "(Reuters) -The U.S. ...". */
    private boolean dashed;
    /** "Hyderabad:" (a title-case place and a colon, not a label like "Update:"). */
    private boolean titlePlaceColon;

    /** Whether "Hyderabad:" may count: only where a story starts, since "Smith: ..." opens quotes too. */
    private final boolean titleColonAllowed;

    private DatelineReader(String paragraph, boolean titleColonAllowed) {
        this.s = paragraph.length() > LOOK ? paragraph.substring(0, LOOK) : paragraph;
        this.titleColonAllowed = titleColonAllowed;
    }

    /** The paragraph's dateline, or null when it opens without one. */
    static DatelineInfo read(String paragraph, LocalDate reference) {
        return new DatelineReader(paragraph, false).scan(reference);
    }

    /** As {@link #read}, also taking a title-case place before a colon ({@code Hyderabad:}). */
    public static DatelineInfo readStoryStart(String paragraph, LocalDate reference) {
        return new DatelineReader(paragraph, true).scan(reference);
    }

    /**
     * A dateline printed on a line of its own above the story, as Anadolu's pages do: a place in
     * capitals and its country or region ({@code KONYA, Türkiye}), nothing else. The region is
     * required, since a heading in capitals alone ("MARKET REACTION") looks the same.
     */
    static DatelineInfo readAlone(String block) {
        String t = Whitespace.trim(block);
        if (t.length() > MAX_ALONE) return null;
        PlaceWords place = PlaceWords.scan(t, 0);
        if (place == null || !place.capitals() || !t.startsWith(", ", place.end())) return null;
        PlaceWords region = PlaceWords.scan(t, place.end() + 2);
        if (region == null || region.capitals() || region.end() != t.length()) return null;
        return new DatelineInfo(t, t, null, null, null);
    }

    private DatelineInfo scan(LocalDate reference) {
        if (s.startsWith("(")) return withoutPlace(reference);
        PlaceWords place = PlaceWords.scan(s, 0);
        if (place == null) return null;
        pos = place.end();
        slashQualifier();
        int afterPlace = pos;
        if (region()) {
            DatelineInfo withRegion = rest(place.capitals(), reference);
            if (withRegion != null) return withRegion;
        }
        pos = afterPlace;
        return rest(place.capitals(), reference);
    }

    /** {@code (Reuters) -}: copy relayed without its place keeps the agency and the dash. */
    private DatelineInfo withoutPlace(LocalDate reference) {
        String agency = agency();
        if (agency == null || !separator(true, null, agency)) return null;
        return closedAt(pos) ? new DatelineInfo(s.substring(0, pos), null, null, null, agency) : null;
    }

    /** {@code IGORA /Leningrad Region/,}: a qualifier between slashes, then a comma. */
    private void slashQualifier() {
        if (!s.startsWith(" /", pos)) return;
        int close = s.indexOf('/', pos + 2);
        if (close > pos + 2 && close - pos < 40 && close + 1 < s.length() && s.charAt(close + 1) == ',') {
            pos = close + 1;
        }
    }

    /** {@code , Ukraine} or {@code , Yunnan}: a region in words that are not a date. */
    private boolean region() {
        if (!s.startsWith(", ", pos)) return false;
        PlaceWords region = PlaceWords.scan(s, pos + 2);
        if (region == null || DateText.startsWithMonth(s, pos + 2)) return false;
        pos = region.end();
        return true;
    }

    /** What follows the place: date, agency, separator; null when nothing closes the place. */
    private DatelineInfo rest(boolean capitals, LocalDate reference) {
        int placeEnd = pos;
        String dateText = date();
        boolean stop = dateText != null && accept(".");
        String agency = agency();
        if (agency == null && dateText != null) agency = bareAgency();
        boolean separated = separator(capitals, dateText, agency);
        // "Gazprom (GAZP.MM) said" names a ticker, not an agency: a bracketed agency needs a
        // dash after it or a date before it ("NEW DELHI, Jan 5 (PTI) The ...").
        boolean closed = (agency != null && (slashAgency || separated || dateText != null))
                || (separated && (capitals || dateText != null || titlePlaceColon)) || (stop && capitals);
        int bare = !closed && capitals && titleColonAllowed && dateText == null && agency == null ? placeBeforeArticle(placeEnd) : -1;
        if (bare > 0) {
            placeEnd = bare; // "ATHENS A wildfire ...": the scrape lost the agency and its dash
            pos = bare;
            closed = true;
        }
        if (!closed) return null;
        int end = pos;
        if (!closedAt(end)) return null;
        String written = s.substring(0, end);
        return new DatelineInfo(written, s.substring(0, placeEnd), dateText,
                DateText.resolve(dateText, reference), agency);
    }

    /**
     * Where the story starts, a place in capitals with an article straight after it ("ATHENS A
     * wildfire ...", "LAGOS The army ..."): a sentence never opens with a word in capitals and
     * then "A" or "The", so the capitals are a dateline that lost its agency and dash. Not a
     * label in capitals ("UPDATE The ..."), nor an acronym of two or three letters ("US The").
     * Where the place ends, or -1.
     */
    private int placeBeforeArticle(int placeEnd) {
        // The place's scan takes a capital "A" for one more word in capitals: "ATHENS A".
        int end = s.startsWith(" A ", placeEnd - 2) ? placeEnd - 2 : placeEnd;
        if (end < MIN_BARE_PLACE || !PlaceLabels.mayBePlace(s.substring(0, end))) return -1;
        for (String article : SENTENCE_ARTICLES) {
            int word = end + article.length();
            if (s.startsWith(article, end) && word < s.length() && Character.isLetter(s.charAt(word))) return end;
        }
        return -1;
    }

    private static final String[] SENTENCE_ARTICLES = {" A ", " An ", " The "};
    private static final int MIN_BARE_PLACE = 4;

    /** The dateline ends at a space (or, after a dash, the story's first letter) with text after it. */
    private boolean closedAt(int end) {
        if (end >= s.length() || Whitespace.isBlank(s.substring(end))) return false;
        char next = s.charAt(end);
        return Whitespace.isSpace(next) || (dashed && Character.isLetter(next));
    }

    private String date() {
        int save = pos;
        if (accept(",") || accept(". ")) {   // "MOSCOW, Dec 26" and Interfax's "MOSCOW. Dec 26"
            accept(" ");
            int start = pos;
            int end = DateText.scan(s, start);
            if (end > start) {
                pos = end;
                return s.substring(start, end);
            }
        }
        pos = save;
        return null;
    }

    /** {@code /TASS/.} or {@code (Reuters)}, after an optional space. */
    private String agency() {
        int save = pos;
        accept(" ");
        char open = pos < s.length() ? s.charAt(pos) : 0;
        char close = open == '/' ? '/' : open == '(' ? ')' : 0;
        if (close != 0) {
            int end = s.indexOf(close, pos + 1);
            if (end > pos + 1 && end - pos <= 40) {
                String name = Whitespace.trim(s.substring(pos + 1, end));
                if (!name.isEmpty() && Character.isLetter(name.charAt(0))) {
                    pos = end + 1;
                    slashAgency = open == '/';
                    if (slashAgency) accept(".");
                    return name;
                }
            }
        }
        pos = save;
        return null;
    }

    /**
     * {@code SENDAI, Jan. 14 Kyodo -}: an agency without brackets, one capitalised word between a
     * date and a dash. Only after a date, so "PARIS Police said ..." is never read as one.
     */
    private String bareAgency() {
        int save = pos;
        if (accept(" ") && pos < s.length() && Character.isUpperCase(s.charAt(pos))) {
            int end = pos;
            while (end < s.length() && end - pos < MAX_BARE_AGENCY && Character.isLetter(s.charAt(end))) end++;
            if (s.startsWith(" -", end) || s.startsWith(" —", end) || s.startsWith(" –", end)) {
                String name = s.substring(pos, end);
                pos = end;
                return name;
            }
        }
        pos = save;
        return null;
    }

    /** {@code  —}, {@code  -}, {@code  --} or {@code :} (the colon only after capitals or a date). */
    private boolean separator(boolean capitals, String dateText, String agency) {
        if (pos < s.length() && s.charAt(pos) == ':') {
            boolean place = capitals || dateText != null || agency != null;
            titlePlaceColon = !place && titleColonAllowed && PlaceLabels.mayBePlace(s.substring(0, pos));
            if (!place && !titlePlaceColon) return false;
            pos++;
            return true;
        }
        int save = pos;
        if (capitals && (accept("—") || accept("–"))) {
            // "PRAGUE—Thousands were ...": some papers set the dash without spaces; a capital
            // must follow, so that "NATO—which ..." inside a sentence is never read as one.
            dashed = pos < s.length() && Character.isUpperCase(s.charAt(pos));
            if (dashed) return true;
            pos = save;
        }
        if (agency != null && (accept(".--") || accept(".-") || accept(".—") || accept(".–"))) {
            dashed = true;   // EFE closes its agency with a full stop and a dash: "(EFE).- A storm ..."
            return true;
        }
        if (accept(" ")) {
            // "_" is the old AP wire's dash: "WASHINGTON (AP) _ The Senate ..."
            dashed = accept("--") || accept("—") || accept("–") || accept("―") || accept("-") || accept("_");
            if (dashed) return true;
        }
        pos = save;
        return false;
    }

    private boolean accept(String token) {
        if (s.startsWith(token, pos)) {
            pos += token.length();
            return true;
        }
        return false;
    }
}
