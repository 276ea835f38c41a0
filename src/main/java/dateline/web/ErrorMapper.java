package dateline.web;

import dateline.formats.Json;
import dateline.formats.UnknownFormat;
import dateline.story.StoreFailure;
import dateline.story.InvalidInput;
import dateline.story.StoryNotFound;
import dateline.story.VersionConflict;
import dateline.web.pages.ErrorView;
import dateline.wire.clients.NotAuthorized;
import dateline.wire.clients.NotEntitled;
import dateline.wire.clients.RateLimited;
import dateline.wire.stream.StreamsFull;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the domain's few exceptions into a status and a clear message: an HTML page for
 * readers, {@code {"error": {...}}} for the API. Unexpected failures are logged here, once,
 * and the user sees a message, never a stack trace.
 */
final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    private final Site site;
    private final Templates templates;
    private final Supplier<List<String>> sections;

    ErrorMapper(Site site, Templates templates, Supplier<List<String>> sections) {
        this.site = site;
        this.templates = templates;
        this.sections = sections;
    }

    void register(JavalinConfig config) {
        config.routes.exception(StoryNotFound.class, (e, ctx) -> answer(ctx, 404, "Not found", e.getMessage()));
        config.routes.exception(InvalidInput.class, (e, ctx) -> answer(ctx, 400, "Bad request", e.getMessage()));
        config.routes.exception(UnknownFormat.class, (e, ctx) -> answer(ctx, 406, "Not acceptable", e.getMessage()));
        config.routes.exception(VersionConflict.class, (e, ctx) -> answer(ctx, 409, "Conflict", e.getMessage()));
        // the wire's clients
        config.routes.exception(NotAuthorized.class, (e, ctx) -> {
            ctx.header("WWW-Authenticate", "Bearer realm=\"dateline\"");
            answer(ctx, 401, "Unauthorized", e.getMessage());
        });
        config.routes.exception(NotEntitled.class, (e, ctx) -> answer(ctx, 403, "Forbidden", e.getMessage()));
        config.routes.exception(RateLimited.class, (e, ctx) -> {
            ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            answer(ctx, 429, "Too many requests", e.getMessage());
        });
        config.routes.exception(StreamsFull.class, (e, ctx) -> {
            ctx.header("Retry-After", "5");
            answer(ctx, 503, "Temporarily unavailable", e.getMessage());
        });
        config.routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), title(e.getStatus()),
                e.getStatus() == 404 ? "There is no page at " + ctx.path() + "." : e.getMessage()));
        config.routes.exception(StoreFailure.class, (e, ctx) -> {
            LOG.error("{} {}: {}", ctx.method(), ctx.path(), e.getMessage(), e);
            answer(ctx, 503, "Temporarily unavailable", "The news store cannot be reached. Please try again shortly.");
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {}: unexpected failure", ctx.method(), ctx.path(), e);
            answer(ctx, 500, "Something went wrong", "The server could not answer this request. It has been logged.");
        });
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            default -> "Error " + status;
        };
    }

    private void answer(Context ctx, int status, String title, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.contentType("application/json; charset=utf-8")
                    .result(Json.write(Map.of("error", Map.of("status", status, "message", message))));
            return;
        }
        var meta = site.meta(title, null, null, null, safeSections());
        ctx.contentType("text/html; charset=utf-8").result(templates.render("error.jte", new ErrorView(meta, title, message)));
    }

    /** The navigation of an error page must not fail in turn when the store is down. */
    private List<String> safeSections() {
        try {
            return sections.get();
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
