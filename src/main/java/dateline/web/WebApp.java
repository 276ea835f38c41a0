package dateline.web;

import dateline.config.Settings;
import dateline.feed.ReaderFeeds;
import dateline.story.StoryService;
import dateline.web.api.StoriesApi;
import dateline.web.pages.AllNewsPage;
import dateline.web.pages.ArticlePage;
import dateline.web.pages.HistoryPage;
import dateline.wire.LogHead;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;

/** Builds the Javalin server for a set of services, without starting it. */
public final class WebApp {
    /** The app's page cache, for operators' metrics and for tests of what a request costs. */
    public static final io.javalin.config.Key<PageCache> PAGE_CACHE = new io.javalin.config.Key<>("dateline.pageCache");

    private WebApp() {}

    public static Javalin create(StoryService stories, Site site, LogHead head) {
        return create(stories, site, head, Settings.Limits.defaults());
    }

    public static Javalin create(StoryService stories, Site site, LogHead head, Settings.Limits limits) {
        Templates templates = new Templates();
        PageCache cache = new PageCache(head, limits.cacheMaxBytes());
        Clock clock = Clock.systemUTC();
        Routes.Handlers handlers = new Routes.Handlers(
                new AllNewsPage(stories, site, templates, cache),
                new ArticlePage(stories, site, templates, cache),
                new HistoryPage(stories, site, templates, cache),
                new StoriesApi(stories, site.links(), cache, limits.answerMaxBytes()),
                new Health(stories),
                new Feeds(new ReaderFeeds(stories, site.links(), site.name(), clock), cache, clock));
        ErrorMapper errors = new ErrorMapper(site, templates, stories::sections);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.appData(PAGE_CACHE, cache);
            config.http.generateEtags = false;
            // Cached pages carry their own gzip copy (Responses); compressing each answer again
            // would cost CPU per request and would also buffer streams such as the wire's.
            config.http.compressionStrategy = CompressionStrategy.NONE;
            config.http.prefer405over404 = true;
            answerHeadLikeGet(config);
            config.jetty.modifyHttpConfiguration(http -> http.addCustomizer(new SecurityHeaders()));
            config.jetty.modifyServer(server -> server.setErrorHandler(new RefusedRequests(errors)));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new RefusedRequests(errors)));
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

    /**
     * Every GET route also answers HEAD by running the GET handler, so HEAD gives GET's status
     * and headers (Jetty leaves the body out). Done as routes are added, so routes added later
     * by anyone get it too; Javalin alone would answer 200 and nothing for any HEAD.
     */
    private static void answerHeadLikeGet(JavalinConfig config) {
        config.events.handlerAdded(added -> {
            boolean hasHead = config.unsafe.internalRouter.allHttpHandlers().stream()
                    .anyMatch(e -> e.endpoint.method == HandlerType.HEAD && e.endpoint.path.equals(added.getPath()));
            if (added.getHttpMethod() == HandlerType.GET && !hasHead) {
                config.routes.head(added.getPath(), added.getHandler(),
                        added.getRoles().toArray(new io.javalin.security.RouteRole[0]));
            }
        });
    }
}
