package dateline;

import dateline.auth.Accounts;
import dateline.config.Settings;
import dateline.copy.CopyParser;
import dateline.formats.StoryFormats;
import dateline.formats.StoryLinks;
import dateline.ingest.CopyImporter;
import dateline.ingest.CopyStructure;
import dateline.search.Reindex;
import dateline.search.SearchIndex;
import dateline.search.StorySearch;
import dateline.search.StorySource;
import dateline.store.SqlAccountStore;
import dateline.store.SqlStoryStore;
import dateline.story.Change;
import dateline.story.EmbargoScheduler;
import dateline.story.Newsroom;
import dateline.story.Story;
import dateline.story.StoryService;
import dateline.story.StoryStore;
import dateline.web.Site;
import dateline.web.WebApp;
import dateline.wire.LogHead;
import dateline.wire.Wire;
import dateline.wire.WireSettings;
import io.javalin.Javalin;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Wiring only: settings to store to services to web. {@link #build} makes the whole app
 * without starting it, so tests run the very same app on port 0.
 */
public final class App implements AutoCloseable {
    /** bcrypt's work factor for staff passwords: about a quarter of a second a login. */
    public static final int BCRYPT_COST = 12;
    private final Settings settings;
    private final SqlStoryStore store;
    private final StoryService stories;
    private final LogHead head;
    private final CopyImporter importer;
    private final SearchIndex searchIndex;
    private final StorySearch search;
    private final Wire wire;
    private final Javalin web;
    // the newsroom
    private final Accounts accounts;
    private final Newsroom newsroom;
    private final EmbargoScheduler embargoes;

    private App(Settings settings, int bcryptCost, WireSettings wireSettings) {
        this.settings = settings;
        this.store = SqlStoryStore.open(settings.jdbcUrl());
        this.stories = new StoryService(store, Clock.systemUTC());
        this.head = new LogHead(stories::headSeq, 200);
        stories.onWrite(head::advance);
        CopyParser parser = new CopyParser();
        this.importer = new CopyImporter(parser, stories);
        // The index is opened by start() alone: commands that only write (import) leave it to the server.
        this.searchIndex = new SearchIndex(settings.dataDir(), settings.zone(), storySource(store), head::current);
        stories.onWrite(seq -> searchIndex.wake());
        this.search = new StorySearch(searchIndex, head::current, settings.zone());
        StoryLinks links = new StoryLinks(settings.host(), settings.baseUrl());
        Site site = new Site("Dateline", links, settings.zone());
        this.wire = new Wire(store.wireStore(), head, new StoryFormats(links), wireSettings, Clock.systemUTC());
        this.accounts = new Accounts(SqlAccountStore.on(store), Clock.systemUTC(), bcryptCost, Duration.ofHours(12));
        this.newsroom = new Newsroom(stories, Clock.systemUTC(), settings.zone(), settings.agency(),
                new CopyStructure(parser));
        this.embargoes = new EmbargoScheduler(newsroom, 1_000);
        this.web = WebApp.create(stories, site, head, settings.limits(), new WebApp.NewsroomParts(newsroom, accounts, importer,
                settings.baseUrl().startsWith("https:")), search, wire);
    }

    /** Opens the store (migrating it) and builds the web app, not yet listening. */
    public static App build(Settings settings) {
        return new App(settings, BCRYPT_COST, WireSettings.standard());
    }

    /** The same, with the wire's stream and webhook timings given (tests shorten them). */
    public static App build(Settings settings, WireSettings wireSettings) {
        return new App(settings, BCRYPT_COST, wireSettings);
    }

    /** What the search index reads of the store (also for {@code dateline reindex}). */
    public static StorySource storySource(StoryStore store) {
        return new StorySource() {
            @Override public List<Change> changesSince(long seq, int limit) { return store.changesSince(seq, limit); }
            @Override public List<Story> current(List<String> ids) { return store.findAll(ids); }
            @Override public long headSeq() { return store.headSeq(); }
        };
    }

    /** As {@link #build(Settings)}, with a cheaper password hash: for tests that log in many times. */
    public static App build(Settings settings, int bcryptCost) {
        return new App(settings, bcryptCost, WireSettings.standard());
    }

    /** With a cheaper password hash and the wire's timings given. */
    public static App build(Settings settings, int bcryptCost, WireSettings wireSettings) {
        return new App(settings, bcryptCost, wireSettings);
    }

    /** Opens the index, starts the wire, listens for requests and starts releasing embargoes (those already due at once). */
    public App start() {
        searchIndex.open();
        // The wire's hub and webhook dispatcher run before the first stream can be asked for.
        wire.start();
        // Jetty takes 0.0.0.0 literally (IPv4 only); null is its "every interface", IPv6 included.
        web.start("0.0.0.0".equals(settings.listen()) ? null : settings.listen(), settings.port());
        embargoes.start();
        return this;
    }

    /** The port it listens on (the real one when started on port 0). */
    public int port() { return web.port(); }

    public StoryService stories() { return stories; }

    /** The web app, for tests that go through every route it has. */
    public Javalin web() { return web; }

    public CopyImporter importer() { return importer; }

    /** The store's import lock, or empty while another import is running against it. */
    public java.util.Optional<? extends AutoCloseable> tryLockImports() { return store.tryLockImports(); }

    public Wire wire() { return wire; }

    public Settings settings() { return settings; }

    public Accounts accounts() { return accounts; }

    public Newsroom newsroom() { return newsroom; }

    public SearchIndex searchIndex() { return searchIndex; }

    /** Searches as the site runs them (the benchmark times them in the process). */
    public StorySearch search() { return search; }

    /** A rebuild of the search index from this app's store, into its data directory. */
    public Reindex reindex() { return new Reindex(settings.dataDir(), settings.zone(), storySource(store)); }

    @Override
    public void close() {
        embargoes.close();
        web.stop();
        searchIndex.close();
        wire.close();
        head.close();
        store.close();
    }
}
