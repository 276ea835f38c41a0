package dateline.wire.webhooks;

import dateline.formats.StoryFormat;
import dateline.wire.WireChange;
import dateline.wire.WireJson;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;

/**
 * POSTs one change to one endpoint, in the pull API's change shape (ninjs 3.1), signed as
 * Standard Webhooks specifies; {@code webhook-id} is the sequence, so a receiver that gets a
 * change twice (a retry after a lost answer) knows it.
 */
public final class Sender {
    private final HttpClient http;
    private final WireJson json;
    private final Duration timeout;
    private final Clock clock;

    public Sender(WireJson json, Duration timeout, Clock clock) {
        this.json = json;
        this.timeout = timeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** What came of an attempt: delivered (a 2xx answer) or not, and in words for the log. */
    public record Result(boolean delivered, int status, String detail) {}

    public Result send(Webhook webhook, WireChange change, int attempt) {
        byte[] body = json.bytes(change, StoryFormat.NINJS);
        String id = Long.toString(change.seq());
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url())).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Dateline-Webhooks")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", Signatures.sign(webhook.secret(), id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        long started = System.nanoTime();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            long millis = (System.nanoTime() - started) / 1_000_000;
            int status = response.statusCode();
            return new Result(status / 100 == 2, status, "HTTP " + status + " in " + millis + " ms (attempt " + attempt + ")");
        } catch (HttpTimeoutException e) {
            return new Result(false, 0, "no answer within " + timeout.toMillis() + " ms (attempt " + attempt + ")");
        } catch (ConnectException e) {
            return new Result(false, 0, "connection refused (attempt " + attempt + ")");
        } catch (IOException e) {
            return new Result(false, 0, "network error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()) + " (attempt " + attempt + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, 0, "interrupted: the server was stopping (attempt " + attempt + ")");
        }
    }
}
