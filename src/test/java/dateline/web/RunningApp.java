package dateline.web;

import dateline.App;
import dateline.config.SettingsReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

/** The real app on a free port with a fresh embedded store, and an HTTP client pointed at it. */
public final class RunningApp implements AutoCloseable {
    private final App app;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public RunningApp(Path dataDir) {
        var flags = new SettingsReader.Flags(0, dataDir, null, "test.example", "http://test.example", "Europe/Oslo");
        // A cheap bcrypt: the tests log in many times; the real cost is checked where it matters.
        this.app = App.build(new SettingsReader(Map.of()).read(flags), 4).start();
    }

    public App app() { return app; }

    public HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    /** A request with a body (null for none) and headers given as name, value, name, value... */
    public HttpResponse<String> send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) request.headers(headers);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() { app.close(); }
}
