package dateline.wire;

import dateline.story.InvalidInput;
import java.util.ArrayList;
import java.util.List;

/**
 * The change log as wire clients read it: in sequence order, from a cursor, each change as it
 * left its story, and only what a client's entitlement lets it see. The pull API, every stream's
 * replay and the webhook outbox all read it here.
 */
public final class WireLog {
    public static final int MAX_LIMIT = 1000;
    /** Rows read from the store at a time. */
    static final int SCAN = 500;
    private final WireStore store;

    public WireLog(WireStore store) { this.store = store; }

    /**
     * Up to {@code limit} changes visible to {@code entitlement} after {@code since}, and the
     * sequence to continue after ({@code last}): the last change read, seen or not, so that
     * a client whose sections are quiet does not read the same rows again. Reads at most
     * twenty pages of the log per call, so one request stays short; {@code last} says where it stopped.
     */
    public Page read(Entitlement entitlement, long since, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) throw new InvalidInput("limit: from 1 to " + MAX_LIMIT + ", got " + limit);
        long head = checkCursor("since", since);
        List<WireChange> seen = new ArrayList<>();
        long last = since;
        for (int pages = 0; pages < 20 && seen.size() < limit && last < head; pages++) {
            List<WireChange> rows = store.changesSince(last, Math.min(SCAN, Math.max(limit, 100)));
            if (rows.isEmpty()) break;
            for (WireChange change : rows) {
                last = change.seq();
                if (entitlement.sees(change)) {
                    seen.add(change);
                    if (seen.size() == limit) break;
                }
            }
        }
        return new Page(seen, last);
    }

    /**
     * Checks a cursor a client sent (named {@code name} in messages): a sequence of this log.
     * Returns the log's head.
     */
    public long checkCursor(String name, long since) {
        if (since < 0) throw new InvalidInput(name + ": a change sequence, 0 or more, got " + since);
        long head = store.headSeq();
        if (since > head) {
            throw new InvalidInput(name + ": the change log ends at " + head + ", got " + since
                    + "; resume from a sequence you received");
        }
        return head;
    }

    /** Every change after {@code since}, seen by anyone or not: what the stream hub fans out. */
    public List<WireChange> all(long since, int limit) {
        return store.changesSince(since, limit);
    }

    public long head() { return store.headSeq(); }

    /** @param last the sequence to continue after */
    public record Page(List<WireChange> changes, long last) {}
}
