package dateline.web;

import dateline.config.Settings;
import dateline.feed.ReaderFeeds;
import dateline.auth.Accounts;
import dateline.ingest.CopyImporter;
import dateline.search.StorySearch;
import dateline.story.Newsroom;
import dateline.story.StoryService;
import dateline.web.api.NewsroomApi;
import dateline.web.api.SearchApi;
import dateline.web.newsroom.AuditPage;
import dateline.web.newsroom.DeskPage;
import dateline.web.newsroom.EditorPage;
import dateline.web.newsroom.LoginPage;
import dateline.web.newsroom.PasswordPage;
import dateline.web.newsroom.RevisionsPage;
import dateline.web.newsroom.StoryDeskPage;
import dateline.web.newsroom.UsersPage;
import dateline.web.api.StoriesApi;
import dateline.web.api.WireApi;
import dateline.web.api.WireStreams;
import dateline.web.pages.AllNewsPage;
import dateline.web.pages.ArticlePage;
import dateline.web.pages.EntityPage;
import dateline.web.pages.HistoryPage;
import dateline.web.pages.SearchPage;
import dateline.wire.LogHead;
import dateline.wire.Wire;
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

    /**
     * What the newsroom's pages and API are built on.
     *
     * @param secureCookies the site is served over TLS: cookies are marked Secure
     */
    public record NewsroomParts(Newsroom newsroom, Accounts accounts, CopyImporter importer, boolean secureCookies) {}

    public static Javalin create(StoryService stories, Site site, LogHead head, Settings.Limits limits, NewsroomParts newsroom,
                                 StorySearch search, Wire wire) {
        Templates templates = new Templates();
        PageCache cache = new PageCache(head, limits.cacheMaxBytes());
        Clock clock = Clock.systemUTC();
        AgencyTime time = new AgencyTime(site.zone());
        Accounts accounts = newsroom.accounts();
        Routes.Handlers handlers = new Routes.Handlers(
                new AllNewsPage(stories, site, templates, cache),
                new ArticlePage(stories, search, site, templates, cache),
                new HistoryPage(stories, site, templates, cache),
                new StoriesApi(stories, site.links(), cache, limits.answerMaxBytes()),
                new Health(stories),
                new Feeds(new ReaderFeeds(stories, site.links(), site.name(), clock), cache, clock),
                // the newsroom
                new Gate(accounts),
                new LoginPage(accounts, templates, new Cookies(newsroom.secureCookies())),
                new PasswordPage(accounts, templates),
                new DeskPage(stories, site, templates),
                new EditorPage(newsroom.newsroom(), stories, newsroom.importer(), templates, time),
                new StoryDeskPage(newsroom.newsroom(), stories, site, templates, time),
                new RevisionsPage(stories, site, templates),
                new UsersPage(accounts, site, templates),
                new AuditPage(accounts, site, templates),
                new NewsroomApi(newsroom.newsroom(), stories, newsroom.importer(), time),
                // search and entities
                new SearchPage(search, stories, site, templates),
                new EntityPage(search, stories, site, templates),
                new SearchApi(search, site.links(), site.zone()),
                // the wire
                new WireApi(wire), new WireStreams(wire, site));

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
