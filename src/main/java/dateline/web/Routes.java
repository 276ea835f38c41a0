package dateline.web;

import dateline.web.api.StoriesApi;
import dateline.web.api.WireApi;
import dateline.web.api.WireStreams;
import dateline.web.pages.AllNewsPage;
import dateline.web.pages.ArticlePage;
import dateline.web.pages.HistoryPage;
import io.javalin.config.JavalinConfig;

/** Every URL of Dateline, in one list. */
final class Routes {
    private Routes() {}

    record Handlers(AllNewsPage allNews, ArticlePage article, HistoryPage history, StoriesApi storiesApi,
                    Health health, Feeds feeds,
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

        // the wire
        config.routes.get("/api/v1/wire", h.wireApi()::changes);
        config.routes.get("/api/v1/wire/stream", h.wireStreams()::stream);
        config.routes.get("/api/v1/wire/headlines", h.wireStreams()::headlines);
        config.routes.get("/api/v1/wire/deliveries", h.wireApi()::deliveries);
    }
}
