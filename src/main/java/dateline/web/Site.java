package dateline.web;

import dateline.formats.StoryLinks;
import dateline.web.pages.PageMeta;
import dateline.web.pages.TimeView;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** What every page shares: the site's name, its links, and how it shows times. */
public record Site(String name, StoryLinks links, ZoneId zone) {
    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", Locale.ENGLISH);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** A time in the agency's zone, rendered on the server so no reader ever sees it empty. */
    public TimeView time(Instant instant) {
        var zoned = instant.atZone(zone);
        return new TimeView(ISO.format(zoned), READABLE.format(zoned));
    }

    public PageMeta meta(String title, String description, String canonicalPath, String jsonLd, List<String> sections) {
        String canonical = canonicalPath == null ? null : links.baseUrl() + canonicalPath;
        return new PageMeta(name, title.equals(name) ? name : title + " | " + name, description, canonical,
                jsonLd, "en", sections, null);
    }
}
