package dateline.web;

import static dateline.web.Access.ACCOUNT;
import static dateline.web.Access.ADMIN;
import static dateline.web.Access.EDITOR;
import static dateline.web.Access.STAFF;

import dateline.web.api.NewsroomApi;
import dateline.web.api.SearchApi;
import dateline.web.api.StoriesApi;
import dateline.web.newsroom.AuditPage;
import dateline.web.newsroom.DeskPage;
import dateline.web.newsroom.EditorPage;
import dateline.web.newsroom.LoginPage;
import dateline.web.newsroom.PasswordPage;
import dateline.web.newsroom.RevisionsPage;
import dateline.web.newsroom.StoryDeskPage;
import dateline.web.newsroom.UsersPage;
import dateline.web.api.WireApi;
import dateline.web.api.WireStreams;
import dateline.web.pages.AllNewsPage;
import dateline.web.pages.ArticlePage;
import dateline.web.pages.EntityPage;
import dateline.web.pages.HistoryPage;
import dateline.web.pages.SearchPage;
import io.javalin.config.JavalinConfig;

/** Every URL of Dateline, in one list. A route naming an {@link Access} is behind the {@link Gate}. */
final class Routes {
    private Routes() {}

    record Handlers(AllNewsPage allNews, ArticlePage article, HistoryPage history, StoriesApi storiesApi,
                    Health health, Feeds feeds,
                    // the newsroom
                    Gate gate, LoginPage login, PasswordPage password, DeskPage desk, EditorPage editor,
                    StoryDeskPage storyDesk, RevisionsPage revisions, UsersPage users, AuditPage audit,
                    NewsroomApi newsroomApi,
                    // search and entities
                    SearchPage search, EntityPage entities, SearchApi searchApi,
                    // the wire
                    WireApi wireApi, WireStreams wireStreams) {}

    static void register(JavalinConfig config, Handlers h) {
        config.routes.get("/", h.allNews()::show);
        config.routes.get("/news/{id}", h.article()::show);
        config.routes.get("/news/{id}/{slug}", h.article()::show);
        config.routes.get("/history/{id}", h.history()::show);

        config.routes.get("/api/v1/stories", h.storiesApi()::list);
        config.routes.get("/api/v1/stories/{id}", h.storiesApi()::one);

        config.routes.get("/healthz", h.health()::show);

        // feeds
        config.routes.get("/feed.rss", h.feeds()::rss);
        config.routes.get("/feed.atom", h.feeds()::atom);
        config.routes.get("/feed.json", h.feeds()::json);
        config.routes.get("/sitemap-news.xml", h.feeds()::newsSitemap);

        // search and entities
        config.routes.get("/search", h.search()::show);
        config.routes.get("/person/{slug}", h.entities()::person);
        config.routes.get("/place/{slug}", h.entities()::place);
        config.routes.get("/org/{slug}", h.entities()::organisation);
        config.routes.get("/api/v1/search", h.searchApi()::search);
        config.routes.get("/api/v1/people/{slug}", h.searchApi()::person);
        config.routes.get("/api/v1/places/{slug}", h.searchApi()::place);
        config.routes.get("/api/v1/organisations/{slug}", h.searchApi()::organisation);

        // the wire: each call checks the client's key itself (its entitlements shape the answer)
        config.routes.get("/api/v1/wire", h.wireApi()::changes);
        config.routes.get("/api/v1/wire/stream", h.wireStreams()::stream);
        config.routes.get("/api/v1/wire/headlines", h.wireStreams()::headlines);
        config.routes.get("/api/v1/wire/deliveries", h.wireApi()::deliveries);

        registerNewsroom(config, h);
    }

    // the newsroom: every route names who may use it; the gate checks before the handler runs.
    private static void registerNewsroom(JavalinConfig config, Handlers h) {
        config.routes.beforeMatched(h.gate()::check);
        config.routes.get("/login", h.login()::show);
        config.routes.post("/login", h.login()::login);
        config.routes.post("/logout", h.login()::logout, ACCOUNT);
        config.routes.get("/password", h.password()::show, ACCOUNT);
        config.routes.post("/password", h.password()::change, ACCOUNT);

        config.routes.get("/newsroom", h.desk()::show, STAFF);
        config.routes.get("/newsroom/new", h.editor()::newForm, STAFF);
        config.routes.post("/newsroom/new", h.editor()::create, STAFF);
        config.routes.post("/newsroom/parse", h.editor()::parse, STAFF);
        config.routes.get("/newsroom/stories/{id}", h.storyDesk()::show, STAFF);
        config.routes.get("/newsroom/stories/{id}/edit", h.editor()::editForm, STAFF);
        config.routes.post("/newsroom/stories/{id}/edit", h.editor()::save, STAFF);
        config.routes.get("/newsroom/stories/{id}/history", h.revisions()::show, STAFF);
        config.routes.get("/newsroom/stories/{id}/correct", h.editor()::editForm, EDITOR);
        config.routes.post("/newsroom/stories/{id}/correct", h.editor()::save, EDITOR);
        config.routes.post("/newsroom/stories/{id}/publish", h.storyDesk()::publish, EDITOR);
        config.routes.post("/newsroom/stories/{id}/embargo", h.storyDesk()::embargo, EDITOR);
        config.routes.post("/newsroom/stories/{id}/withdraw", h.storyDesk()::withdraw, EDITOR);

        config.routes.get("/admin/users", h.users()::show, ADMIN);
        config.routes.post("/admin/users", h.users()::add, ADMIN);
        config.routes.post("/admin/users/{name}/reset-password", h.users()::resetPassword, ADMIN);
        config.routes.post("/admin/users/{name}/revoke-token", h.users()::revokeToken, ADMIN);
        config.routes.get("/admin/audit", h.audit()::show, ADMIN);

        config.routes.post("/api/v1/newsroom/stories", h.newsroomApi()::create, STAFF);
        config.routes.get("/api/v1/newsroom/stories", h.newsroomApi()::list, STAFF);
        config.routes.get("/api/v1/newsroom/stories/{id}", h.newsroomApi()::one, STAFF);
        config.routes.put("/api/v1/newsroom/stories/{id}", h.newsroomApi()::update, STAFF);
        config.routes.post("/api/v1/newsroom/stories/{id}/publish", h.newsroomApi()::publish, EDITOR);
        config.routes.post("/api/v1/newsroom/stories/{id}/correct", h.newsroomApi()::correct, EDITOR);
        config.routes.post("/api/v1/newsroom/stories/{id}/embargo", h.newsroomApi()::embargo, EDITOR);
        config.routes.post("/api/v1/newsroom/stories/{id}/withdraw", h.newsroomApi()::withdraw, EDITOR);
        config.routes.post("/api/v1/newsroom/parse", h.newsroomApi()::parse, STAFF);
    }
}
