package dateline.web;

import java.time.Instant;

/**
 * A response ready to send again: its bytes and the validators that let clients revalidate.
 *
 * @param lastModified  may be null when the page has no single time it changed
 * @param canonicalPath the path this content lives at, for redirects from other spellings; or null
 */
public record RenderedPage(int status, String contentType, byte[] body, String etag, Instant lastModified,
                           String canonicalPath) {

    /** A page whose ETag is a digest of its bytes, so it changes exactly when they do. */
    public static RenderedPage html(int status, byte[] body, Instant lastModified) {
        return new RenderedPage(status, "text/html; charset=utf-8", body, etagOf(body), lastModified, null);
    }

    public static RenderedPage html(byte[] body, Instant lastModified) {
        return html(200, body, lastModified);
    }

    public static RenderedPage json(String text, Instant lastModified) {
        byte[] body = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new RenderedPage(200, "application/json; charset=utf-8", body, etagOf(body), lastModified, null);
    }

    /** A document in any media type (feeds, XML formats), validated like a page. */
    public static RenderedPage of(String contentType, String text, Instant lastModified) {
        byte[] body = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new RenderedPage(200, contentType, body, etagOf(body), lastModified, null);
    }

    private static String etagOf(byte[] body) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(body);
        return "\"" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(body.length) + "\"";
    }

    public RenderedPage at(String path) {
        return new RenderedPage(status, contentType, body, etag, lastModified, path);
    }
}
