package dateline.copy;

import java.time.LocalDate;

/**
 * Reads the dateline that opens a paragraph, in the styles agencies print:
 * {@code WASHINGTON, September 12. /TASS/.}, {@code IGORA /Leningrad Region/, December 26. /TASS/.},
 * {@code MOSCOW (Reuters) -}, {@code MEXICO CITY (AP) —}, {@code BEIJING, Jan. 5 (Xinhua) --},
 * {@code KYIV, Ukraine —}, {@code NEW DELHI:}, {@code PUTRAJAYA, Nov 22 —}.
 *
 * <p>A place alone is not a dateline: it must be closed by a date, an agency or a dash (or a
 * colon straight after a place in capitals), so that the opening words of an ordinary
 * sentence ("US officials said") are never taken for one. A hand-written scanner over at
 * most {@link #LOOK} characters: no regular expression, no backtracking beyond one region.
 */
final class DatelineReader {
    private static final int LOOK = 200;

    private final String s;
    private int pos;
    /** TASS's {@code /TASS/.} closes a dateline by itself; {@code (Reuters)} needs its dash. */
    private boolean slashAgency;

    private DatelineReader(String paragraph) {
        this.s = paragraph.length() > LOOK ? paragraph.substring(0, LOOK) : paragraph;
    }

    /** The paragraph's dateline, or null when it opens without one. */
    static Dateline read(String paragraph, LocalDate reference) {
        return new DatelineReader(paragraph).scan(reference);
    }

    private Dateline scan(LocalDate reference) {
        PlaceWords place = PlaceWords.scan(s, 0);
        if (place == null) return null;
        pos = place.end();
        slashQualifier();
        int afterPlace = pos;
        if (region()) {
            Dateline withRegion = rest(place.capitals(), reference);
            if (withRegion != null) return withRegion;
        }
        pos = afterPlace;
        return rest(place.capitals(), reference);
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
    private Dateline rest(boolean capitals, LocalDate reference) {
        int placeEnd = pos;
        String dateText = date();
        boolean stop = dateText != null && accept(".");
        String agency = agency();
        boolean separated = separator(capitals, dateText, agency);
        // "Gazprom (GAZP.MM) said" names a ticker, not an agency: a bracketed agency needs a
        // dash after it or a date before it ("NEW DELHI, Jan 5 (PTI) The ...").
        boolean closed = (agency != null && (slashAgency || separated || dateText != null))
                || (separated && (capitals || dateText != null)) || (stop && capitals);
        if (!closed) return null;
        int end = pos;
        if (end >= s.length() || !Whitespace.isSpace(s.charAt(end)) || Whitespace.isBlank(s.substring(end))) return null;
        String written = s.substring(0, end);
        return new Dateline(written, s.substring(0, placeEnd), dateText,
                DateText.resolve(dateText, reference), agency);
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

    /** {@code  —}, {@code  -}, {@code  --} or {@code :} (the colon only after capitals or a date). */
    private boolean separator(boolean capitals, String dateText, String agency) {
        if (pos < s.length() && s.charAt(pos) == ':') {
            if (!capitals && dateText == null && agency == null) return false;
            pos++;
            return true;
        }
        int save = pos;
        if (accept(" ")) {
            // "_" is the old AP wire's dash: "WASHINGTON (AP) _ The Senate ..."
            if (accept("--") || accept("—") || accept("–") || accept("―") || accept("-") || accept("_")) return true;
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
