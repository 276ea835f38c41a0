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
        this(dataDir, Map.of(), WireSettings.standard());
    }

    /** With DATELINE_* settings as the environment would give them, e.g. limits. */
    public RunningApp(Path dataDir, Map<String, String> env) {
        this(dataDir, env, WireSettings.standard());
    }

    /** With the wire's timings given: tests of streams and webhooks shorten them. */
    public RunningApp(Path dataDir, WireSettings wire) {
        this(dataDir, Map.of(), wire);
    }

    private RunningApp(Path dataDir, Map<String, String> env, WireSettings wire) {
        var flags = new SettingsReader.Flags(0, dataDir, null, "test.example", "http://test.example", "Europe/Oslo");
        // A cheap bcrypt: the tests log in many times; the real cost is checked where it matters.
        this.app = App.build(new SettingsReader(env).read(flags), 4, wire).start();
    }

    public App app() { return app; }

    public HttpResponse<String> get(String path, String... headers) {
        return request("GET", path, null, headers);
    }

    /** A request with a body (null for none) and headers given as name, value, name, value... */
    public HttpResponse<String> request(String method, String path, String body, String... headers) {
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

    /**
     * The status and headers of an answer, its body left unread: for routes whose answer never
     * ends (the wire's event streams) as much as for any other.
     */
    public HttpResponse<Void> head(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) request.headers(headers);
        try {
            HttpResponse<java.io.InputStream> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            answer.body().close();
            return new HeadersOnly(answer);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer whose body was not read. */
    private record HeadersOnly(HttpResponse<java.io.InputStream> answer) implements HttpResponse<Void> {
        @Override public int statusCode() { return answer.statusCode(); }
        @Override public HttpRequest request() { return answer.request(); }
        @Override public java.util.Optional<HttpResponse<Void>> previousResponse() { return java.util.Optional.empty(); }
        @Override public java.net.http.HttpHeaders headers() { return answer.headers(); }
        @Override public Void body() { return null; }
        @Override public java.util.Optional<javax.net.ssl.SSLSession> sslSession() { return answer.sslSession(); }
        @Override public URI uri() { return answer.uri(); }
        @Override public HttpClient.Version version() { return answer.version(); }
    }

    /** Any method, with a body-less request. */
    public HttpResponse<String> send(String method, String path, String... headers) {
        return request(method, path, null, headers);
    }

    /** The bytes given, sent as they are over a socket (HttpClient refuses malformed requests); the whole answer. */
    public String raw(byte[] request) {
        try (java.net.Socket socket = new java.net.Socket("localhost", app.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() { app.close(); }
}
