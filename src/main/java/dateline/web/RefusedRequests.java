package dateline.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the requests Jetty refuses before Dateline sees them (a URL too long, headers too
 * large, a NUL or bad UTF-8 in the path) in Dateline's own error format instead of Jetty's
 * ISO-8859-1 page: JSON on {@code /api/}, the HTML error page elsewhere.
 */
final class RefusedRequests extends ErrorHandler {
    private final ErrorMapper errors;

    RefusedRequests(ErrorMapper errors) { this.errors = errors; }

    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
                                    Callback callback) throws IOException {
        // A path Jetty could not read is not ours to echo: say what was wrong with the request instead.
        ErrorMapper.Body body = errors.body(pathOf(request), status, ErrorMapper.title(status), explanation(status));
        SecurityHeaders.addTo(response.getHeaders());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, body.contentType());
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.bytes().length);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body.bytes()), callback);
    }

    /** The path when Jetty read one ({@code /badMessage} stands in when it could not). */
    private static String pathOf(Request request) {
        try {
            String path = request.getHttpURI().getPath();
            return path == null ? "/" : path;
        } catch (RuntimeException e) {
            return "/";
        }
    }

    private static String explanation(int status) {
        return switch (status) {
            case 414 -> "The address is too long for this server.";
            case 431 -> "The request's headers are too large for this server.";
            case 400 -> "The request could not be read: its address or headers are malformed "
                    + "(for example a NUL character or bytes that are not UTF-8).";
            default -> "The server could not answer this request.";
        };
    }
}
