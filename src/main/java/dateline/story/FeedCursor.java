package dateline.story;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A position in the newest-first list: the publication time and id of the last story seen.
 * Keyset, not offset, so a page stays right while new stories arrive above it. Opaque to clients.
 */
public record FeedCursor(Instant firstCreated, String id) {

    public String encode() {
        String raw = firstCreated.toEpochMilli() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor a client sent back; {@link InvalidInput} when it is not one of ours. */
    public static FeedCursor decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            String id = raw.substring(colon + 1);
            // ASCII digits only: Long.parseLong would also take other scripts' digits.
            if (colon < 1 || !raw.substring(0, colon).matches("[0-9]{1,18}") || !StoryIds.isValid(id)) {
                throw new IllegalArgumentException();
            }
            return new FeedCursor(Instant.ofEpochMilli(Long.parseLong(raw.substring(0, colon))), id);
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw new InvalidInput("cursor: not a cursor this server gave out: " + Echo.of(token, 40));
        }
    }
}
