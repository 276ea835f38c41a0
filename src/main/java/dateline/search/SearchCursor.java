package dateline.search;

import dateline.story.Echo;
import dateline.story.InvalidInput;
import dateline.story.StoryIds;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where the next page of a search starts: after the last hit's sort value and id, on the same
 * searcher as the first page (pinned), or when that is let go on a current one without what
 * arrived after the first page ({@code asOf}). Either way a page never repeats or skips a story
 * because new ones came in. Opaque to clients.
 *
 * @param value the last hit's score (as float bits) or update time, by {@code order}
 */
record SearchCursor(SearchOrder order, long searcher, long asOf, long value, String id) {

    String encode() {
        String raw = order.wireName().charAt(0) + ":" + searcher + ":" + asOf + ":" + value + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor sent back; {@link InvalidInput} when it is not one of ours or of another order. */
    static SearchCursor decode(String token, SearchOrder expected) {
        SearchCursor cursor;
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":", 5);
            if (parts.length != 5 || !StoryIds.isValid(parts[4])) throw new IllegalArgumentException();
            SearchOrder order = parts[0].equals("t") ? SearchOrder.TIME : parts[0].equals("r") ? SearchOrder.RELEVANCE : null;
            if (order == null) throw new IllegalArgumentException();
            cursor = new SearchCursor(order, Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3]), parts[4]);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("cursor: not a cursor this server gave out: " + Echo.of(token, 40));
        }
        if (cursor.order != expected) throw new InvalidInput("cursor: it continues a search sorted by " + cursor.order.wireName());
        return cursor;
    }
}
