package dateline.web;

import dateline.wire.LogHead;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rendered responses, each valid until the change log moves on. Keyed by the request's path
 * and query; an entry rendered at an older log head is rendered again. Bounded: when full it
 * starts over, since after any write most entries are stale anyway.
 */
public final class PageCache {
    private record Entry(long seq, RenderedPage page) {}

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final LogHead head;
    private final int maxEntries;

    public PageCache(LogHead head, int maxEntries) {
        this.head = head;
        this.maxEntries = maxEntries;
    }

    public RenderedPage get(String key, Supplier<RenderedPage> render) {
        long seq = head.current();
        Entry entry = entries.get(key);
        if (entry != null && entry.seq() == seq) return entry.page();
        RenderedPage page = render.get();
        if (entries.size() >= maxEntries) entries.clear();
        entries.put(key, new Entry(seq, page));
        return page;
    }
}
