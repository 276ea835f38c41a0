package dateline;

import dateline.config.Settings;
import dateline.copy.CopyParser;
import dateline.formats.StoryLinks;
import dateline.ingest.CopyImporter;
import dateline.store.SqlStoryStore;
import dateline.story.StoryService;
import dateline.web.Site;
import dateline.web.WebApp;
import dateline.wire.LogHead;
import io.javalin.Javalin;
import java.time.Clock;

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
    private final Javalin web;

    private App(Settings settings) {
        this.settings = settings;
        this.store = SqlStoryStore.open(settings.jdbcUrl());
        this.stories = new StoryService(store, Clock.systemUTC());
        this.head = new LogHead(stories::headSeq, 200);
        stories.onWrite(head::advance);
        this.importer = new CopyImporter(new CopyParser(), stories);
        Site site = new Site("Dateline", new StoryLinks(settings.host(), settings.baseUrl()), settings.zone());
        this.web = WebApp.create(stories, site, head, settings.limits());
    }

    /** Opens the store (migrating it) and builds the web app, not yet listening. */
    public static App build(Settings settings) {
        return new App(settings);
    }

    public App start() {
        // Jetty takes 0.0.0.0 literally (IPv4 only); null is its "every interface", IPv6 included.
        web.start("0.0.0.0".equals(settings.listen()) ? null : settings.listen(), settings.port());
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

    public Settings settings() { return settings; }

    @Override
    public void close() {
        web.stop();
        head.close();
        store.close();
    }
}
