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

    public static RenderedPage html(byte[] body, String etag, Instant lastModified) {
        return new RenderedPage(200, "text/html; charset=utf-8", body, etag, lastModified, null);
    }

    public static RenderedPage json(String body, String etag, Instant lastModified) {
        return new RenderedPage(200, "application/json; charset=utf-8",
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8), etag, lastModified, null);
    }

    public RenderedPage at(String path) {
        return new RenderedPage(status, contentType, body, etag, lastModified, path);
    }
}
