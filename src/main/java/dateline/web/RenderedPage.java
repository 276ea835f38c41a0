package dateline.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.CRC32C;
import java.util.zip.GZIPOutputStream;

/**
 * A response ready to send again: its bytes, the same gzipped (compressed once, when rendered,
 * not per answer), and the validators that let clients revalidate.
 *
 * @param gzipBody      the body gzipped, or null when too small to gain from it
 * @param lastModified  may be null when the page has no single time it changed
 * @param canonicalPath the path this content lives at, for redirects from other spellings; or null
 */
public record RenderedPage(int status, String contentType, byte[] body, byte[] gzipBody, String etag,
                           Instant lastModified, String canonicalPath) {
    /** Below this, gzip's header and a round trip cost more than the bytes it saves. */
    static final int GZIP_FROM_BYTES = 1024;

    /** A page whose ETag is a digest of its bytes, so it changes exactly when they do. */
    public static RenderedPage html(int status, byte[] body, Instant lastModified) {
        return of(status, "text/html; charset=utf-8", body, lastModified);
    }

    public static RenderedPage html(byte[] body, Instant lastModified) {
        return html(200, body, lastModified);
    }

    public static RenderedPage json(String text, Instant lastModified) {
        return json(text.getBytes(StandardCharsets.UTF_8), lastModified);
    }

    public static RenderedPage json(byte[] body, Instant lastModified) {
        return of(200, "application/json; charset=utf-8", body, lastModified);
    }

    private static RenderedPage of(int status, String contentType, byte[] body, Instant lastModified) {
        return new RenderedPage(status, contentType, body, body.length >= GZIP_FROM_BYTES ? gzip(body) : null,
                etagOf(body), lastModified, null);
    }

    /**
     * The ETag of the gzipped variant: each encoding has its own, so that a cache revalidating
     * one never gets the other (RFC 9110, 8.8.3).
     */
    public String gzipEtag() {
        return etag.substring(0, etag.length() - 1) + "-gzip\"";
    }

    /** What the page holds in memory, for caches that count bytes. */
    public long size() {
        return body.length + (gzipBody == null ? 0 : gzipBody.length);
    }

    /** A document in any media type (feeds, XML formats), validated like a page. */
    public static RenderedPage of(String contentType, String text, Instant lastModified) {
        return of(contentType, text.getBytes(StandardCharsets.UTF_8), lastModified);
    }

    /** The same, of bytes already written (a page of stories joined from their documents). */
    public static RenderedPage of(String contentType, byte[] body, Instant lastModified) {
        return of(200, contentType, body, lastModified);
    }

    private static String etagOf(byte[] body) {
        CRC32C crc = new CRC32C();
        crc.update(body);
        return "\"" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(body.length) + "\"";
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public RenderedPage at(String path) {
        return new RenderedPage(status, contentType, body, gzipBody, etag, lastModified, path);
    }
}
