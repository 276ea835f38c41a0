package dateline.story;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

/**
 * Files, updates and withdraws stories. Each call checks its input first, then makes one
 * store transaction that writes the current row, an immutable revision and a change-log entry.
 * Use this, never the store, to write.
 */
public final class StoryService {
    private final StoryStore store;
    private final Clock clock;
    private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();

    public StoryService(StoryStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Tells {@code listener} the change-log sequence of every write this service commits. */
    public void onWrite(LongConsumer listener) {
        listeners.add(listener);
    }

    /** Publishes a new story, or a new version of an existing one (same id or same source). */
    public Filed file(Filing filing) {
        return fileAll(List.of(filing)).get(0);
    }

    /**
     * Files many stories in one transaction (imports). Every filing is checked before anything
     * is written, so one bad story stores nothing; callers that want the good ones stored check
     * first with {@link #check}. Content equal to the current version is left unchanged.
     */
    public List<Filed> fileAll(List<Filing> filings) {
        filings.forEach(f -> check(f.content()));
        Instant now = now();
        Map<String, Story> pending = new HashMap<>();
        List<Filed> results = new ArrayList<>();
        List<StoryStore.Write> writes = new ArrayList<>();
        for (Filing filing : filings) {
            String id = resolveId(filing);
            Story current = pending.containsKey(id) ? pending.get(id) : store.find(id).orElse(null);
            if (current != null && current.content().equals(filing.content())) {
                results.add(new Filed(current, Filed.Outcome.UNCHANGED));
                continue;
            }
            Story next = current == null ? newStory(id, filing.content(), now) : nextVersion(current, filing.content(), now);
            ChangeKind kind = current == null ? ChangeKind.PUBLISHED : ChangeKind.UPDATED;
            writes.add(new StoryStore.Write(next, kind, current == null ? 0 : current.version(), filing.sourceKey()));
            pending.put(id, next);
            results.add(new Filed(next, current == null ? Filed.Outcome.CREATED : Filed.Outcome.UPDATED));
        }
        return withSequences(results, written(store.write(writes)));
    }

    /** A new version of a story; {@code basedOn} is the version the editor saw. */
    public Story update(String id, StoryContent content, int basedOn) {
        check(content);
        Story current = get(id);
        if (current.version() != basedOn) throw conflict(current, basedOn);
        Story next = nextVersion(current, content, now());
        return written(store.write(List.of(new StoryStore.Write(next, ChangeKind.UPDATED, basedOn, null)))).get(0);
    }

    /** Takes a story back from readers and clients; its history stays. */
    public Story withdraw(String id, int basedOn) {
        Story current = get(id);
        if (current.version() != basedOn) throw conflict(current, basedOn);
        Story next = new Story(id, current.slug(), current.version() + 1, Status.WITHDRAWN, current.content(),
                current.firstCreated(), now(), 0);
        return written(store.write(List.of(new StoryStore.Write(next, ChangeKind.WITHDRAWN, basedOn, null)))).get(0);
    }

    /** Throws {@link InvalidInput} naming every broken rule. */
    public void check(StoryContent content) {
        StoryRules.check(content);
    }

    public Story get(String id) {
        if (!StoryIds.isValid(id)) throw new StoryNotFound("no story " + id);
        return store.find(id).orElseThrow(() -> new StoryNotFound("no story " + id));
    }

    /** The full stories of a page of the latest, in its order. */
    public List<Story> stories(FeedPage page) {
        return store.findAll(page.items().stream().map(StorySummary::id).toList());
    }

    public List<Revision> history(String id) {
        List<Revision> revisions = store.revisions(id);
        if (revisions.isEmpty()) throw new StoryNotFound("no story " + id);
        return revisions;
    }

    public Revision revision(String id, int version) {
        return store.revision(id, version).orElseThrow(() -> new StoryNotFound("no version " + version + " of story " + id));
    }

    public FeedPage latest(FeedQuery query) {
        if (query.limit() < 1 || query.limit() > 100) throw new InvalidInput("limit: from 1 to 100, got " + query.limit());
        return store.latest(query);
    }

    /** The sections that published stories belong to, in alphabetical order. */
    public List<String> sections() {
        return store.sections();
    }

    public List<Change> changesSince(long seq, int limit) {
        return store.changesSince(seq, limit);
    }

    /** The sequence of the newest write; anything derived from the log is current up to it. */
    public long headSeq() {
        return store.headSeq();
    }

    private List<Story> written(List<Story> stories) {
        if (!stories.isEmpty()) {
            long seq = stories.get(stories.size() - 1).seq();
            listeners.forEach(l -> l.accept(seq));
        }
        return stories;
    }

    private String resolveId(Filing filing) {
        if (filing.id() != null) {
            if (!StoryIds.isValid(filing.id())) throw new InvalidInput("id: lower-case letters, digits and hyphens, got " + filing.id());
            return filing.id();
        }
        if (filing.sourceKey() != null) {
            var known = store.idForSource(filing.sourceKey());
            if (known.isPresent()) return known.get();
        }
        return StoryIds.next(clock.instant());
    }

    private static Story newStory(String id, StoryContent content, Instant now) {
        return new Story(id, Slugs.of(content.headline()), 1, Status.PUBLISHED, content, now, now, 0);
    }

    private static Story nextVersion(Story current, StoryContent content, Instant now) {
        return new Story(current.id(), Slugs.of(content.headline()), current.version() + 1, Status.PUBLISHED,
                content, current.firstCreated(), now, 0);
    }

    private static VersionConflict conflict(Story current, int basedOn) {
        return new VersionConflict("story " + current.id() + " is at version " + current.version()
                + ", not " + basedOn + ": reload it and apply your change again");
    }

    private static List<Filed> withSequences(List<Filed> results, List<Story> written) {
        Map<String, Story> byKey = new HashMap<>();
        written.forEach(s -> byKey.put(s.id() + "#" + s.version(), s));
        List<Filed> out = new ArrayList<>(results.size());
        for (Filed f : results) {
            Story stored = byKey.get(f.story().id() + "#" + f.story().version());
            out.add(stored == null || f.outcome() == Filed.Outcome.UNCHANGED ? f : new Filed(stored, f.outcome()));
        }
        return out;
    }

    /** Times are kept to the millisecond: that is what the store and every wire format hold. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
