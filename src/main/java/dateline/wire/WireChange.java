package dateline.wire;

import dateline.story.ChangeKind;
import dateline.story.Status;
import dateline.story.Story;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One entry of the change log as the wire serves it: the story exactly as that change left it
 * (the content of its version, its standing then, and its embargo then), never the story as it
 * stands now, so that a replay sends what was sent live.
 */
public final class WireChange {
    private final long seq;
    private final ChangeKind kind;
    private final Story story;
    // The same change goes to many subscribers in few shapes: each shape is written once.
    private final Map<Object, byte[]> rendered = new ConcurrentHashMap<>(4);

    /** @param story the story as of this change: its version's content, status and embargo */
    public WireChange(long seq, ChangeKind kind, Story story) {
        this.seq = seq;
        this.kind = kind;
        this.story = story;
    }

    public long seq() { return seq; }

    public ChangeKind kind() { return kind; }

    public Story story() { return story; }

    /**
     * The action name clients see: {@code publish, update, correct, release, withdraw}, and
     * {@code embargo} for clients entitled to embargoed copy; null for a draft, which never
     * leaves the newsroom.
     */
    public String action() {
        return switch (kind) {
            case DRAFTED -> null;
            case EMBARGOED -> "embargo";
            case PUBLISHED -> "publish";
            case UPDATED -> "update";
            case CORRECTED -> "correct";
            case EMBARGO_RELEASED -> "release";
            case WITHDRAWN -> "withdraw";
        };
    }

    /** Whether a reader of the public site may see this change (all sections, no embargo). */
    public boolean isPublic() {
        return kind.isPublic() && (story.status() == Status.PUBLISHED
                || story.status() == Status.WITHDRAWN && kind == ChangeKind.WITHDRAWN);
    }

    /**
     * This change written by {@code render}, once for every subscriber that asks with {@code shape}
     * (two threads asking at once may both write it; one result is kept). Not computeIfAbsent: a
     * shape is often made of another (an SSE frame of the JSON), and a nested computeIfAbsent on
     * the same map throws when the two keys share a bin.
     */
    public byte[] rendered(Object shape, Function<WireChange, byte[]> render) {
        byte[] bytes = rendered.get(shape);
        if (bytes != null) return bytes;
        bytes = render.apply(this);
        byte[] first = rendered.putIfAbsent(shape, bytes);
        return first != null ? first : bytes;
    }

    @Override
    public String toString() { return "change " + seq + " (" + kind.wireName() + " " + story.id() + " v" + story.version() + ")"; }
}
