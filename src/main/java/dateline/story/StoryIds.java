package dateline.story;

import java.security.SecureRandom;
import java.time.Instant;

/**
 * Story ids: short, URL-safe, and roughly time-ordered (milliseconds then random), so that
 * ids sort like filing times and two nodes never collide. Editors may also give their own.
 */
public final class StoryIds {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

    private StoryIds() {}

    public static String next(Instant now) {
        StringBuilder id = new StringBuilder(Long.toString(now.toEpochMilli(), 36));
        for (int i = 0; i < 5; i++) id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        return id.toString();
    }

    /** Lower-case letters, digits and inner hyphens, 1 to 64 characters. */
    public static boolean isValid(String id) {
        return id != null && id.matches("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");
    }

    /** Something sent as an id, cut to the longest an id can be, to quote in a message. */
    public static String echo(String id) {
        return Echo.of(id, 64);
    }
}
