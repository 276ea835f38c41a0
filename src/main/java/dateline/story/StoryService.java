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
        List<String> ids = resolveIds(filings);
        Map<String, Story> current = new HashMap<>();
        store.findAll(ids.stream().distinct().toList()).forEach(s -> current.put(s.id(), s));
        List<Filed> results = new ArrayList<>();
        List<StoryStore.Write> writes = new ArrayList<>();
        for (int i = 0; i < filings.size(); i++) {
            Filing filing = filings.get(i);
            String id = ids.get(i);
            Filed filed = next(current.get(id), id, filing, now);
            results.add(filed);
            if (filed.outcome() == Filed.Outcome.UNCHANGED) continue;
            Story before = current.put(id, filed.story());
            ChangeKind kind = before == null ? ChangeKind.PUBLISHED : ChangeKind.UPDATED;
            writes.add(new StoryStore.Write(filed.story(), kind, before == null ? 0 : before.version(), filing.sourceKey()));
        }
        return withSequences(results, written(store.write(writes)));
    }

    /** What filing does to a story that stands at {@code current} (null when new). */
    private static Filed next(Story current, String id, Filing filing, Instant now) {
        if (current == null) return new Filed(newStory(id, filing.content(), now), Filed.Outcome.CREATED);
        if (current.content().equals(filing.content())) return new Filed(current, Filed.Outcome.UNCHANGED);
        return new Filed(nextVersion(current, filing.content(), now), Filed.Outcome.UPDATED);
    }


    /** A new version of a story; {@code basedOn} is the version the editor saw. */
    public Story update(String id, StoryContent content, int basedOn) {
        check(content);
        Story current = current(id, basedOn);
        // What the change is to readers depends on where the story stands, as in the newsroom's edit.
        ChangeKind kind = switch (current.status()) {
            case DRAFT -> ChangeKind.DRAFTED;
            case SCHEDULED -> ChangeKind.EMBARGOED;
            default -> ChangeKind.UPDATED;
        };
        return commit(new StoryStore.Write(nextVersion(current, content, now()), kind, basedOn, null, "import", null));
    }

    /** Takes a story back from readers and clients; its history stays. */
    public Story withdraw(String id, int basedOn) {
        Story current = current(id, basedOn);
        Story next = new Story(id, current.slug(), current.version() + 1, Status.WITHDRAWN, current.content(),
                current.firstCreated(), now(), null, 0);
        return commit(new StoryStore.Write(next, ChangeKind.WITHDRAWN, basedOn, null, "import", null));
    }

    /** The story, provided it still stands at {@code basedOn}; else a conflict saying what changed since. */
    Story current(String id, int basedOn) {
        Story current = get(id);
        if (current.version() != basedOn) throw conflict(current, basedOn);
        return current;
    }

    /** Writes one new version in one transaction and tells the listeners. */
    Story commit(StoryStore.Write write) {
        try {
            return written(store.write(List.of(write))).get(0);
        } catch (VersionConflict e) {
            // Another writer got there between our read and our write: say what they changed.
            throw conflict(get(write.story().id()), write.expectedVersion());
        }
    }

    /** Throws {@link InvalidInput} naming every broken rule. */
    public void check(StoryContent content) {
        StoryRules.check(content);
    }

    /**
     * A story as the public may see it: published, or withdrawn (its page gives the notice).
     * Drafts and embargoed stories are not found, exactly as if they did not exist.
     */
    public Story publicStory(String id) {
        Story story = get(id);
        if (!story.status().isPublic()) throw new StoryNotFound("no story " + id);
        return story;
    }

    /** The versions of a public story that the public saw (not its drafts or embargoed copies). */
    public List<Revision> publicHistory(String id) {
        publicStory(id);
        return history(id).stream().filter(r -> r.change().isPublic()).toList();
    }

    /** Any story, whatever its status: for the newsroom, never for a public surface. */
    public Story get(String id) {
        if (!StoryIds.isValid(id)) throw new StoryNotFound("no story " + StoryIds.echo(id));
        return store.find(id).orElseThrow(() -> new StoryNotFound("no story " + id));
    }

    /** A story by id, whatever its status, or empty: for imports deciding what a file would do. */
    public java.util.Optional<Story> find(String id) {
        return StoryIds.isValid(id) ? store.find(id) : java.util.Optional.empty();
    }

    /** The stories imported from these sources, by source; sources never imported are left out. */
    public Map<String, Story> importedFrom(List<String> sourceKeys) {
        Map<String, String> ids = store.idsForSources(sourceKeys);
        Map<String, Story> byId = new HashMap<>();
        store.findAll(ids.values().stream().distinct().toList()).forEach(s -> byId.put(s.id(), s));
        Map<String, Story> bySource = new HashMap<>();
        ids.forEach((source, id) -> { if (byId.containsKey(id)) bySource.put(source, byId.get(id)); });
        return bySource;
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

    /**
     * The story id of each filing: its own, the one already filed from the same source, or a
     * new one (the same new one for two filings of one source in a batch).
     */
    private List<String> resolveIds(List<Filing> filings) {
        for (Filing f : filings) {
            if (f.id() != null && !StoryIds.isValid(f.id())) {
                throw new InvalidInput("id: lower-case letters, digits and hyphens, got " + StoryIds.echo(f.id()));
            }
        }
        Map<String, String> bySource = new HashMap<>(store.idsForSources(
                filings.stream().filter(f -> f.id() == null && f.sourceKey() != null).map(Filing::sourceKey).distinct().toList()));
        List<String> ids = new ArrayList<>(filings.size());
        for (Filing f : filings) {
            if (f.id() != null) ids.add(f.id());
            else if (f.sourceKey() == null) ids.add(StoryIds.next(clock.instant()));
            else ids.add(bySource.computeIfAbsent(f.sourceKey(), k -> StoryIds.next(clock.instant())));
        }
        return ids;
    }

    private static Story newStory(String id, StoryContent content, Instant now) {
        return new Story(id, Slugs.of(content.headline()), 1, Status.PUBLISHED, content, now, now, null, 0);
    }

    private static Story nextVersion(Story current, StoryContent content, Instant now) {
        // A new text of a withdrawn story stays withdrawn: only an editor's decision brings it back.
        return new Story(current.id(), Slugs.of(content.headline()), current.version() + 1, current.status(),
                content, current.firstCreated(), now, current.embargoUntil(), 0);
    }

    private VersionConflict conflict(Story current, int basedOn) {
        List<String> changed = new ArrayList<>();
        Revision seen = basedOn >= 1 && basedOn < current.version() ? store.revision(current.id(), basedOn).orElse(null) : null;
        if (seen != null) {
            changed.addAll(EditorFields.of(current.content()).differences(EditorFields.of(seen.content())));
            List<Revision> since = store.revisions(current.id()).stream().filter(r -> r.version() > basedOn).toList();
            if (since.stream().anyMatch(r -> r.change() != ChangeKind.UPDATED && r.change() != ChangeKind.DRAFTED)) {
                changed.add("status");
            }
        }
        return new VersionConflict("story " + current.id() + " is at version " + current.version() + ", not " + basedOn
                + (changed.isEmpty() ? "" : " (changed since: " + String.join(", ", changed) + ")")
                + ": reload it and apply your change again", current.version(), changed);
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

    /** Stories of one status for the newsroom's lists, most recently changed first. */
    public List<DeskItem> desk(Status status, int limit) {
        return store.desk(status, limit);
    }

    List<Story> dueForRelease(Instant at, int limit) {
        return store.dueForRelease(at, limit);
    }

    /** Times are kept to the millisecond: that is what the store and every wire format hold. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
