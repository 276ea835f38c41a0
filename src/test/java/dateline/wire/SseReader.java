package dateline.wire;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A Server-Sent Events client for tests: one connection, read event by event, closed at will
 * (closing the socket, as a client that goes away does). Reads time out after 10 s, so a stream
 * that stops short fails the test instead of hanging it.
 */
public final class SseReader implements AutoCloseable {
    /** One event; {@code comment} holds a comment line's text when that is all it was. */
    public record Event(String id, String name, String data, String comment) {
        public long seq() { return Long.parseLong(id); }
    }

    private final HttpURLConnection connection;
    private final int status;
    private final BufferedReader reader;

    public SseReader(int port, String path, Map<String, String> headers) {
        try {
            connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
            connection.setReadTimeout(10_000);
            connection.setRequestProperty("Accept", "text/event-stream");
            headers.forEach(connection::setRequestProperty);
            status = connection.getResponseCode();
            reader = status == 200
                    ? new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8))
                    : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int status() { return status; }

    public String header(String name) { return connection.getHeaderField(name); }

    /** The next event or comment block; null at the end of the stream. */
    public Event next() {
        try {
            String id = null, name = null, comment = null;
            StringBuilder data = null;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty()) {
                    if (id == null && name == null && data == null && comment == null) continue;
                    return new Event(id, name, data == null ? null : data.toString(), comment);
                }
                if (line.startsWith(":")) comment = line.substring(1).strip();
                else if (line.startsWith("id: ")) id = line.substring(4);
                else if (line.startsWith("event: ")) name = line.substring(7);
                else if (line.startsWith("data: ")) data = (data == null ? new StringBuilder() : data.append('\n')).append(line.substring(6));
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next event with data, skipping comments (heartbeats, the opening). */
    public Event nextData() {
        Event e;
        while ((e = next()) != null) if (e.data() != null) return e;
        return null;
    }

    @Override
    public void close() { connection.disconnect(); }
}
