package dateline.web;

import dateline.web.api.SearchApi;
import dateline.web.api.StoriesApi;
import dateline.web.pages.AllNewsPage;
import dateline.web.pages.ArticlePage;
import dateline.web.pages.EntityPage;
import dateline.web.pages.HistoryPage;
import dateline.web.pages.SearchPage;
import io.javalin.config.JavalinConfig;

/** Every URL of Dateline, in one list. */
final class Routes {
    private Routes() {}

    record Handlers(AllNewsPage allNews, ArticlePage article, HistoryPage history, StoriesApi storiesApi,
                    Health health,
                    SearchPage search, EntityPage entities, SearchApi searchApi) {}

    static void register(JavalinConfig config, Handlers h) {
        config.routes.get("/", h.allNews()::show);
        config.routes.get("/news/{id}", h.article()::show);
        config.routes.get("/news/{id}/{slug}", h.article()::show);
        config.routes.get("/history/{id}", h.history()::show);

        config.routes.get("/api/v1/stories", h.storiesApi()::list);
        config.routes.get("/api/v1/stories/{id}", h.storiesApi()::one);

        config.routes.get("/healthz", h.health()::show);

        // search and entities
        config.routes.get("/search", h.search()::show);
        config.routes.get("/person/{slug}", h.entities()::person);
        config.routes.get("/place/{slug}", h.entities()::place);
        config.routes.get("/org/{slug}", h.entities()::organisation);
        config.routes.get("/api/v1/search", h.searchApi()::search);
        config.routes.get("/api/v1/people/{slug}", h.searchApi()::person);
        config.routes.get("/api/v1/places/{slug}", h.searchApi()::place);
        config.routes.get("/api/v1/organisations/{slug}", h.searchApi()::organisation);
    }
}
