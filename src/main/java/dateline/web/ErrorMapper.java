package dateline.web;

import dateline.story.Echo;
import dateline.formats.Json;
import dateline.formats.UnknownFormat;
import dateline.story.StoreFailure;
import dateline.story.InvalidInput;
import dateline.story.StoryNotFound;
import dateline.story.VersionConflict;
import dateline.story.NotPermitted;
import dateline.story.WrongStatus;
import dateline.auth.BadAccountInput;
import dateline.auth.Forbidden;
import dateline.auth.NotSignedIn;
import dateline.auth.TooManyAttempts;
import io.javalin.http.HttpStatus;
import dateline.web.pages.ErrorView;
import dateline.wire.clients.NotAuthorized;
import dateline.wire.clients.NotEntitled;
import dateline.wire.clients.RateLimited;
import dateline.wire.stream.StreamsFull;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import java.nio.charset.StandardCharsets;
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
    /** The most of a message sent back: messages quote what the client sent, which may be huge. */
    static final int MESSAGE_MAX_CHARS = 300;
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
        config.routes.exception(VersionConflict.class, (e, ctx) -> answer(ctx, 409, "Conflict", e.getMessage(),
                e.currentVersion() == null ? Map.of() : Map.of("currentVersion", e.currentVersion(), "changed", e.changed())));
        config.routes.exception(MethodNotAllowedResponse.class, (e, ctx) -> {
            String allowed = allowed(e);
            ctx.header("Allow", allowed);
            answer(ctx, 405, title(405), ctx.method() + " is not allowed at " + Echo.of(ctx.path()) + "; it takes " + allowed + ".");
        });
        registerNewsroom(config);
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
                e.getStatus() == 404 ? "There is no page at " + Echo.of(ctx.path()) + "." : e.getMessage()));
        config.routes.exception(StoreFailure.class, (e, ctx) -> {
            LOG.error("{} {}: {}", ctx.method(), ctx.path(), e.getMessage(), e);
            answer(ctx, 503, "Temporarily unavailable", "The news store cannot be reached. Please try again shortly.");
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {}: unexpected failure", ctx.method(), ctx.path(), e);
            answer(ctx, 500, "Something went wrong", "The server could not answer this request. It has been logged.");
        });
    }

    /** The newsroom's refusals: who may not, what may not be done now, and too many tries. */
    private void registerNewsroom(JavalinConfig config) {
        config.routes.exception(SignInRequired.class, (e, ctx) -> {
            if (isApi(ctx)) {
                ctx.header("WWW-Authenticate", "Bearer");
                answer(ctx, 401, "Sign in", e.getMessage());
            } else {
                String next = "GET".equals(ctx.method().name()) ? ctx.path() : "/newsroom";
                ctx.redirect("/login?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
            }
        });
        config.routes.exception(PasswordChangeRequired.class, (e, ctx) -> {
            if (isApi(ctx)) answer(ctx, 403, "Forbidden", e.getMessage());
            else ctx.redirect("/password", HttpStatus.SEE_OTHER);
        });
        config.routes.exception(NotSignedIn.class, (e, ctx) -> {
            ctx.header("WWW-Authenticate", "Bearer");
            answer(ctx, 401, "Sign in", e.getMessage());
        });
        config.routes.exception(Forbidden.class, (e, ctx) -> answer(ctx, 403, "Forbidden", e.getMessage()));
        config.routes.exception(NotPermitted.class, (e, ctx) -> answer(ctx, 403, "Forbidden", e.getMessage()));
        config.routes.exception(WrongStatus.class, (e, ctx) -> answer(ctx, 409, "Conflict", e.getMessage()));
        config.routes.exception(BadAccountInput.class, (e, ctx) -> answer(ctx, 400, "Bad request", e.getMessage()));
        config.routes.exception(TooManyAttempts.class, (e, ctx) -> {
            ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            answer(ctx, 429, "Too many attempts", e.getMessage());
        });
    }

    private static boolean isApi(Context ctx) { return ctx.path().startsWith("/api/"); }


    /** Javalin lists the methods the path takes, GET and the HEAD that WebApp adds for it included. */
    private static String allowed(MethodNotAllowedResponse e) {
        String methods = e.getDetails().getOrDefault("availableMethods", "");
        return methods.replace("[", "").replace("]", "").strip();
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 414 -> "Address too long";
            case 431 -> "Headers too large";
            default -> "Error " + status;
        };
    }

    /** An error answer ready to send: its media type and bytes. */
    record Body(String contentType, byte[] bytes) {}

    /** The one error format: JSON on {@code /api/}, the HTML error page elsewhere. */
    Body body(String path, int status, String title, String message) {
        return body(path, status, title, message, Map.of());
    }

    /** {@code more}: fields the API adds to its error object (a conflict's current version). */
    Body body(String path, int status, String title, String message, Map<String, Object> more) {
        String text = message.length() <= MESSAGE_MAX_CHARS ? message : message.substring(0, MESSAGE_MAX_CHARS) + "...";
        if (path.startsWith("/api/")) {
            return new Body("application/json; charset=utf-8", Json.write(Map.of("error", error(status, text, more)))
                    .getBytes(StandardCharsets.UTF_8));
        }
        var meta = site.meta(title, null, null, null, safeSections());
        return new Body("text/html; charset=utf-8", templates.render("error.jte", new ErrorView(meta, title, text)));
    }

    private void answer(Context ctx, int status, String title, String message) {
        answer(ctx, status, title, message, Map.of());
    }

    private void answer(Context ctx, int status, String title, String message, Map<String, Object> more) {
        Body body = body(ctx.path(), status, title, message, more);
        ctx.status(status).contentType(body.contentType()).result(body.bytes());
    }

    private static Map<String, Object> error(int status, String message, Map<String, Object> more) {
        Map<String, Object> error = new java.util.LinkedHashMap<>(Map.of("status", status, "message", message));
        error.putAll(more);
        return error;
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
