package dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.story.Story;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class CompressionTest extends WebTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> bytes(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + site.app().port() + path));
        if (headers.length > 0) request.headers(headers);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void gzipAndPlainAnswersOfAPageHaveTheirOwnEtagsAndVaryOnAcceptEncoding() throws Exception {
        Story story = file("Ferries halted");
        String path = "/news/" + story.id() + "/" + story.slug();

        HttpResponse<byte[]> plain = bytes(path);
        HttpResponse<byte[]> gzip = bytes(path, "Accept-Encoding", "gzip");

        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzip.headers().firstValue("ETag")).isNotEqualTo(plain.headers().firstValue("ETag"));
        assertThat(plain.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        assertThat(gzip.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        assertThat(new GZIPInputStream(new java.io.ByteArrayInputStream(gzip.body())).readAllBytes()).isEqualTo(plain.body());
    }

    @Test
    void aClientRevalidatesEachEncodingWithItsOwnEtag() throws Exception {
        Story story = file("Ferries halted");
        String path = "/news/" + story.id() + "/" + story.slug();
        String gzipTag = bytes(path, "Accept-Encoding", "gzip").headers().firstValue("ETag").orElseThrow();

        assertThat(bytes(path, "Accept-Encoding", "gzip", "If-None-Match", gzipTag).statusCode()).isEqualTo(304);
        assertThat(bytes(path, "If-None-Match", gzipTag).statusCode()).isEqualTo(200);
    }

    @Test
    void gzipRefusedWithQZeroIsNotSent() {
        assertThat(Responses.acceptsGzip("gzip;q=0, identity")).isFalse();
        assertThat(Responses.acceptsGzip("br, gzip;q=0.5")).isTrue();
        assertThat(Responses.acceptsGzip("identity")).isFalse();
    }
}
