package dateline.copy.layout;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Dates as datelines print them ({@code September 12}, {@code Jan. 5}, {@code Nov 22},
 * {@code 12 September}, {@code Oct. 8, 2014}) and their resolution against the date the copy
 * was filed, since datelines rarely print the year.
 */
public final class DateText {
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december"};
    /** A dateline may run a day ahead of a UTC reference: Asia-Pacific bureaus file "tomorrow". */
    private static final int DAYS_AHEAD_TOLERATED = 1;
    private static final int YEARS_BACK = 8;

    private DateText() {}

    /** End of the date starting at {@code i}, or {@code i} when no date starts there. */
    static int scan(String s, int i) {
        int monthEnd = month(s, i);
        if (monthEnd > i) {
            int dayEnd = s.startsWith(" ", monthEnd) ? day(s, monthEnd + 1) : -1;
            return dayEnd > 0 ? year(s, dayEnd) : i;
        }
        int dayEnd = day(s, i);
        if (dayEnd > 0 && s.startsWith(" ", dayEnd)) {
            int end = month(s, dayEnd + 1);
            if (end > dayEnd + 1) return year(s, end);
        }
        return i;
    }

    static boolean startsWithMonth(String s, int i) {
        return month(s, i) > i;
    }

    /** The date meant, the latest such date not after the reference (plus a day); null when unknown. */
    static LocalDate resolve(String dateText, LocalDate reference) {
        if (dateText == null) return null;
        int month = 0;
        int day = 0;
        int year = 0;
        for (String token : dateText.replace(',', ' ').replace('.', ' ').split(" ")) {
            if (token.isEmpty()) continue;
            if (Character.isDigit(token.charAt(0))) {
                String digits = token.replaceAll("[^0-9]", "");
                if (digits.isEmpty()) continue;
                int n = Integer.parseInt(digits.length() > 4 ? digits.substring(0, 4) : digits);
                token = digits;
                if (token.length() == 4) year = n; else day = n;
            } else {
                month = monthNumber(token);
            }
        }
        if (month == 0 || day == 0) return null;
        if (year > 0) return dateOrNull(year, month, day);
        if (reference == null) return null;
        LocalDate latest = reference.plusDays(DAYS_AHEAD_TOLERATED);
        for (int y = latest.getYear(); y > latest.getYear() - YEARS_BACK; y--) {
            LocalDate candidate = dateOrNull(y, month, day);
            if (candidate != null && !candidate.isAfter(latest)) return candidate;
        }
        return null;
    }

    private static LocalDate dateOrNull(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** End of a month name or its abbreviation (with its dot) at {@code i}, or {@code i}. */
    private static int month(String s, int i) {
        int j = i;
        while (j < s.length() && Character.isLetter(s.charAt(j)) && j - i < 10) j++;
        if (j - i < 3 || monthNumber(s.substring(i, j)) == 0) return i;
        return j < s.length() && s.charAt(j) == '.' ? j + 1 : j;
    }

    /** 1..12 for a month name or a standard abbreviation of it (Sept included), else 0. */
    private static int monthNumber(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 3) return 0;
        for (int m = 0; m < MONTHS.length; m++) {
            boolean abbreviation = w.length() <= 4 && MONTHS[m].startsWith(w) && (w.length() == 3 || w.equals("sept") || w.equals("june") || w.equals("july"));
            if (MONTHS[m].equals(w) || abbreviation) return m + 1;
        }
        return 0;
    }

    /** End of a day of the month (1 to 31, not followed by another digit, maybe "26th"), or -1. */
    private static int day(String s, int i) {
        int j = i;
        while (j < s.length() && Character.isDigit(s.charAt(j)) && j - i < 3) j++;
        if (j == i || j - i > 2) return -1;
        int n = Integer.parseInt(s.substring(i, j));
        if (n < 1 || n > 31) return -1;
        for (String suffix : new String[] {"st", "nd", "rd", "th"}) {
            boolean wordEnds = j + 2 >= s.length() || !Character.isLetter(s.charAt(j + 2));
            if (s.startsWith(suffix, j) && wordEnds) return j + 2;
        }
        return j;
    }

    /** Extends a date over a following year ({@code , 2014} or {@code  2014}) when there is one. */
    private static int year(String s, int end) {
        int start = s.startsWith(", ", end) ? end + 2 : s.startsWith(" ", end) ? end + 1 : -1;
        if (start < 0 || start + 4 > s.length()) return end;
        for (int k = start; k < start + 4; k++) if (!Character.isDigit(s.charAt(k))) return end;
        boolean more = start + 4 < s.length() && Character.isDigit(s.charAt(start + 4));
        return more ? end : start + 4;
    }
}
