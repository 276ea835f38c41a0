package dateline.web;

import dateline.story.InvalidInput;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;

/**
 * Times as people enter them: the API's ISO 8601 with an offset, and the newsroom form's local
 * time in the agency's zone. A local time that a daylight-saving change skips is refused, and
 * one it repeats is read as the first of the two, as a calendar does; both are then UTC.
 */
public final class AgencyTime {
    private static final DateTimeFormatter FORM = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private final ZoneId zone;

    public AgencyTime(ZoneId zone) { this.zone = zone; }

    public ZoneId zone() { return zone; }

    /** {@code 2026-03-29T09:00:00+02:00}: an instant, whatever the zone it is written in. */
    public static Instant parseOffset(String field, String raw) {
        if (raw == null || raw.isBlank()) throw new InvalidInput(field + ": required, ISO 8601 with an offset, such as 2026-03-29T09:00:00+02:00");
        try {
            return OffsetDateTime.parse(raw.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field + ": not ISO 8601 with an offset (such as 2026-03-29T09:00:00+02:00): " + raw);
        }
    }

    /** {@code 2026-03-29T09:00} read in the agency's zone (what a datetime-local field sends). */
    public Instant parseLocal(String field, String raw) {
        if (raw == null || raw.isBlank()) throw new InvalidInput(field + ": required, a date and time in " + zone.getId());
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(raw.strip());
        } catch (DateTimeException e) {
            throw new InvalidInput(field + ": not a date and time such as 2026-03-29T09:00, got " + raw);
        }
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            throw new InvalidInput(field + ": " + FORM.format(local).replace('T', ' ') + " does not exist in " + zone.getId()
                    + " (the clocks go forward at " + transition.getDateTimeBefore().toLocalTime() + ")");
        }
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    /** An instant as the form's datetime-local field shows it, in the agency's zone. */
    public String local(Instant instant) {
        return instant == null ? "" : FORM.format(instant.atZone(zone));
    }
}
