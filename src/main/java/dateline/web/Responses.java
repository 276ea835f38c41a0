package dateline.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Sends a rendered page, answering 304 Not Modified when the client already has it. */
public final class Responses {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private Responses() {}

    public static void send(Context ctx, RenderedPage page) {
        if (page.etag() != null) ctx.header("ETag", page.etag());
        if (page.lastModified() != null) {
            ctx.header("Last-Modified", HTTP_DATE.format(page.lastModified().atZone(ZoneOffset.UTC)));
        }
        ctx.header("Cache-Control", "public, max-age=0, must-revalidate");
        if (page.status() == 200 && notModified(ctx, page)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.status(page.status()).contentType(page.contentType()).result(page.body());
    }

    private static boolean notModified(Context ctx, RenderedPage page) {
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null) return page.etag() != null && matches(ifNoneMatch, page.etag());
        String ifModifiedSince = ctx.header("If-Modified-Since");
        if (ifModifiedSince == null || page.lastModified() == null) return false;
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince, HTTP_DATE).toInstant();
            return !page.lastModified().truncatedTo(ChronoUnit.SECONDS).isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean matches(String header, String etag) {
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) return true;
        }
        return false;
    }
}
