package dateline.story;

import java.time.LocalDate;

/**
 * The dateline that opens a story's first paragraph, e.g. {@code WASHINGTON, September 12. /TASS/.}.
 *
 * @param written  the dateline exactly as printed, a prefix of the first paragraph's text
 *                 (with its trailing punctuation and dash, without the space after it)
 * @param place    the location segment as printed ({@code IGORA /Leningrad Region/}, {@code NEW DELHI})
 * @param dateText the date as printed ({@code September 12}, {@code Jan. 5}), or null
 * @param date     the date resolved against the reference date, or null when unknown
 * @param agency   the agency named in the dateline ({@code TASS}, {@code Reuters}), or null
 */
public record DatelineInfo(String written, String place, String dateText, LocalDate date, String agency) {}
