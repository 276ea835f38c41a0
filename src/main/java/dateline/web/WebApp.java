package dateline.web;

import dateline.auth.Accounts;
import dateline.ingest.CopyImporter;
import dateline.story.Newsroom;
import dateline.story.StoryService;
import dateline.web.api.NewsroomApi;
import dateline.web.newsroom.AuditPage;
import dateline.web.newsroom.DeskPage;
import dateline.web.newsroom.EditorPage;
import dateline.web.newsroom.LoginPage;
import dateline.web.newsroom.PasswordPage;
import dateline.web.newsroom.RevisionsPage;
import dateline.web.newsroom.StoryDeskPage;
import dateline.web.newsroom.UsersPage;
import dateline.web.api.StoriesApi;
import dateline.web.pages.AllNewsPage;
import dateline.web.pages.ArticlePage;
import dateline.web.pages.HistoryPage;
import dateline.wire.LogHead;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;

/** Builds the Javalin server for a set of services, without starting it. */
public final class WebApp {
    private WebApp() {}

    /**
     * What the newsroom's pages and API are built on.
     *
     * @param secureCookies the site is served over TLS: cookies are marked Secure
     */
    public record NewsroomParts(Newsroom newsroom, Accounts accounts, CopyImporter importer, boolean secureCookies) {}

    public static Javalin create(StoryService stories, Site site, LogHead head, NewsroomParts newsroom) {
        Templates templates = new Templates();
        PageCache cache = new PageCache(head, 64L << 20);
        AgencyTime time = new AgencyTime(site.zone());
        Accounts accounts = newsroom.accounts();
        Routes.Handlers handlers = new Routes.Handlers(
                new AllNewsPage(stories, site, templates, cache),
                new ArticlePage(stories, site, templates, cache),
                new HistoryPage(stories, site, templates, cache),
                new StoriesApi(stories, site.links(), cache),
                new Health(stories),
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
                new NewsroomApi(newsroom.newsroom(), stories, newsroom.importer(), time));
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
