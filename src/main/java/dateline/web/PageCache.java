package dateline.web;

import dateline.wire.LogHead;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Rendered responses, each valid until the change log moves on. Keyed by the request's path
 * and query; an entry rendered at an older log head is rendered again. Bounded in bytes, since
 * anyone can ask for many pages: when full it starts over, as after any write most entries
 * are stale anyway.
 */
public final class PageCache {
    private record Entry(long seq, RenderedPage page) {}

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final LogHead head;
    private final AtomicLong bytes = new AtomicLong();
    private final long maxBytes;
    private final AtomicLong renders = new AtomicLong();

    public PageCache(LogHead head, long maxBytes) {
        this.head = head;
        this.maxBytes = maxBytes;
    }

    public RenderedPage get(String key, Supplier<RenderedPage> render) {
        long seq = head.current();
        Entry entry = entries.get(key);
        if (entry != null && entry.seq() == seq) return entry.page();
        RenderedPage page = render.get();
        renders.incrementAndGet();
        if (bytes.addAndGet(page.size()) > maxBytes) {
            entries.clear();
            bytes.set(page.size());
        }
        entries.put(key, new Entry(seq, page));
        return page;
    }

    /** How many pages were rendered rather than found: what requests cost beyond a lookup. */
    public long renders() { return renders.get(); }
}
