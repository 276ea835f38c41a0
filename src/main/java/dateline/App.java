package dateline;

import dateline.config.Settings;
import dateline.copy.CopyParser;
import dateline.formats.StoryFormats;
import dateline.formats.StoryLinks;
import dateline.ingest.CopyImporter;
import dateline.store.SqlStoryStore;
import dateline.story.StoryService;
import dateline.web.Site;
import dateline.web.WebApp;
import dateline.wire.LogHead;
import dateline.wire.Wire;
import dateline.wire.WireSettings;
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
    private final Wire wire;
    private final Javalin web;

    private App(Settings settings, WireSettings wireSettings) {
        this.settings = settings;
        this.store = SqlStoryStore.open(settings.jdbcUrl());
        this.stories = new StoryService(store, Clock.systemUTC());
        this.head = new LogHead(stories::headSeq, 200);
        stories.onWrite(head::advance);
        this.importer = new CopyImporter(new CopyParser(), stories);
        StoryLinks links = new StoryLinks(settings.host(), settings.baseUrl());
        Site site = new Site("Dateline", links, settings.zone());
        this.wire = new Wire(store.wireStore(), head, new StoryFormats(links), wireSettings, Clock.systemUTC());
        this.web = WebApp.create(stories, site, head, wire);
    }

    /** Opens the store (migrating it) and builds the web app, not yet listening. */
    public static App build(Settings settings) {
        return new App(settings, WireSettings.standard());
    }

    /** The same, with the wire's stream and webhook timings given (tests shorten them). */
    public static App build(Settings settings, WireSettings wireSettings) {
        return new App(settings, wireSettings);
    }

    public App start() {
        wire.start();
        web.start(settings.port());
        return this;
    }

    /** The port it listens on (the real one when started on port 0). */
    public int port() { return web.port(); }

    public StoryService stories() { return stories; }

    public CopyImporter importer() { return importer; }

    public Wire wire() { return wire; }

    public Settings settings() { return settings; }

    @Override
    public void close() {
        web.stop();
        wire.close();
        head.close();
        store.close();
    }
}
