package dateline.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Sends a rendered page, gzipped to clients that take gzip, answering 304 Not Modified when the
 * client already has it.
 */
public final class Responses {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private Responses() {}

    public static void send(Context ctx, RenderedPage page) {
        boolean gzip = page.gzipBody() != null && acceptsGzip(ctx.header("Accept-Encoding"));
        String etag = gzip ? page.gzipEtag() : page.etag();
        // Shared caches must keep the gzip and the plain answer apart.
        ctx.header("Vary", "Accept-Encoding");
        if (etag != null) ctx.header("ETag", etag);
        if (page.lastModified() != null) {
            ctx.header("Last-Modified", HTTP_DATE.format(page.lastModified().atZone(ZoneOffset.UTC)));
        }
        ctx.header("Cache-Control", "public, max-age=0, must-revalidate");
        if (page.status() == 200 && notModified(ctx, page, etag)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        if (gzip) ctx.header("Content-Encoding", "gzip");
        ctx.status(page.status()).contentType(page.contentType()).result(gzip ? page.gzipBody() : page.body());
    }

    /** Whether an Accept-Encoding header takes gzip: named (or *) without q=0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) return false;
        for (String item : acceptEncoding.split(",")) {
            String[] parts = item.split(";");
            String coding = parts[0].strip().toLowerCase(java.util.Locale.ROOT);
            if (!coding.equals("gzip") && !coding.equals("*")) continue;
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                String param = parts[i].strip().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
                if (param.matches("q=0(\\.0{0,3})?")) refused = true;
            }
            return !refused;
        }
        return false;
    }

    private static boolean notModified(Context ctx, RenderedPage page, String etag) {
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null) return etag != null && matches(ifNoneMatch, etag);
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
