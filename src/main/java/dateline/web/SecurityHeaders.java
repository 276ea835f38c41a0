package dateline.web;

import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * The headers every response carries, pages, API answers, errors and static files alike. Set
 * by Jetty as each request arrives (a connector customizer), so no route, present or future,
 * can forget them; the error handler for requests Jetty refuses sets them itself.
 */
final class SecurityHeaders implements HttpConfiguration.Customizer {
    /**
     * Scripts, styles, images and connections from this site only, and no inline script or style
     * at all: the only inline block, the article's JSON-LD, is data that browsers do not run, so
     * CSP need not allow it. No framing (clickjacking), no plugins, no base-URL tricks.
     */
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";

    static final Map<String, String> ALL = Map.of(
            "Content-Security-Policy", POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "strict-origin-when-cross-origin",
            // For browsers too old for frame-ancestors.
            "X-Frame-Options", "DENY");

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        addTo(responseHeaders);
        return request;
    }

    static void addTo(HttpFields.Mutable headers) {
        ALL.forEach(headers::put);
    }
}
