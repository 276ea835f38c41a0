package dateline.web;

import dateline.App;
import dateline.config.SettingsReader;
import dateline.wire.WireSettings;
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
        this(dataDir, WireSettings.standard());
    }

    /** With the wire's timings given: tests of streams and webhooks shorten them. */
    public RunningApp(Path dataDir, WireSettings wire) {
        var flags = new SettingsReader.Flags(0, dataDir, null, "test.example", "http://test.example", "Europe/Oslo");
        this.app = App.build(new SettingsReader(Map.of()).read(flags), wire).start();
    }

    public App app() { return app; }

    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path));
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
