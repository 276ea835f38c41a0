package dateline.web;

import dateline.feed.ReaderFeeds;
import dateline.story.StoryService;
import dateline.web.api.StoriesApi;
import dateline.web.api.WireApi;
import dateline.web.api.WireStreams;
import dateline.web.pages.AllNewsPage;
import dateline.web.pages.ArticlePage;
import dateline.web.pages.HistoryPage;
import dateline.wire.LogHead;
import dateline.wire.Wire;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;

/** Builds the Javalin server for a set of services, without starting it. */
public final class WebApp {
    private WebApp() {}

    public static Javalin create(StoryService stories, Site site, LogHead head, Wire wire) {
        Templates templates = new Templates();
        PageCache cache = new PageCache(head, 64L << 20);
        Clock clock = Clock.systemUTC();
        Routes.Handlers handlers = new Routes.Handlers(
                new AllNewsPage(stories, site, templates, cache),
                new ArticlePage(stories, site, templates, cache),
                new HistoryPage(stories, site, templates, cache),
                new StoriesApi(stories, site.links(), cache),
                new Health(stories),
                new Feeds(new ReaderFeeds(stories, site.links(), site.name(), clock), cache, clock),
                new WireApi(wire), new WireStreams(wire, site));
        ErrorMapper errors = new ErrorMapper(site, templates, stories::sections);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.generateEtags = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.headers = java.util.Map.of("Cache-Control", "public, max-age=3600");
            });
            Routes.register(config, handlers);
            errors.register(config);
        });
    }
}
