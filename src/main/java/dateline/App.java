package dateline;

import dateline.config.Settings;
import dateline.copy.CopyParser;
import dateline.formats.StoryLinks;
import dateline.ingest.CopyImporter;
import dateline.search.Reindex;
import dateline.search.SearchIndex;
import dateline.search.StorySearch;
import dateline.search.StorySource;
import dateline.store.SqlStoryStore;
import dateline.story.Change;
import dateline.story.Story;
import dateline.story.StoryService;
import dateline.story.StoryStore;
import dateline.web.Site;
import dateline.web.WebApp;
import dateline.wire.LogHead;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.List;

/**
 * Wiring only: settings to store to services to web. {@link #build} makes the whole app
 * without starting it, so tests run the very same app on port 0.
 */
public final class App implements AutoCloseable {
    private final Settings settings;
    private final SqlStoryStore store;
    private final StoryService stories;
    private final LogHead head;
    private final CopyImporter importer;
    private final SearchIndex searchIndex;
    private final StorySearch search;
    private final Javalin web;

    private App(Settings settings) {
        this.settings = settings;
        this.store = SqlStoryStore.open(settings.jdbcUrl());
        this.stories = new StoryService(store, Clock.systemUTC());
        this.head = new LogHead(stories::headSeq, 200);
        stories.onWrite(head::advance);
        this.importer = new CopyImporter(new CopyParser(), stories);
        // The index is opened by start() alone: commands that only write (import) leave it to the server.
        this.searchIndex = new SearchIndex(settings.dataDir(), settings.zone(), storySource(store), head::current);
        stories.onWrite(seq -> searchIndex.wake());
        this.search = new StorySearch(searchIndex, head::current, settings.zone());
        Site site = new Site("Dateline", new StoryLinks(settings.host(), settings.baseUrl()), settings.zone());
        this.web = WebApp.create(stories, site, head, search);
    }

    /** Opens the store (migrating it) and builds the web app, not yet listening. */
    public static App build(Settings settings) {
        return new App(settings);
    }

    /** What the search index reads of the store (also for {@code dateline reindex}). */
    public static StorySource storySource(StoryStore store) {
        return new StorySource() {
            @Override public List<Change> changesSince(long seq, int limit) { return store.changesSince(seq, limit); }
            @Override public List<Story> current(List<String> ids) { return store.findAll(ids); }
            @Override public long headSeq() { return store.headSeq(); }
        };
    }

    public App start() {
        searchIndex.open();
        web.start(settings.port());
        return this;
    }

    /** The port it listens on (the real one when started on port 0). */
    public int port() { return web.port(); }

    public StoryService stories() { return stories; }

    public CopyImporter importer() { return importer; }

    public Settings settings() { return settings; }

    public SearchIndex searchIndex() { return searchIndex; }

    /** Searches as the site runs them (the benchmark times them in the process). */
    public StorySearch search() { return search; }

    /** A rebuild of the search index from this app's store, into its data directory. */
    public Reindex reindex() { return new Reindex(settings.dataDir(), settings.zone(), storySource(store)); }

    @Override
    public void close() {
        web.stop();
        searchIndex.close();
        head.close();
        store.close();
    }
}
