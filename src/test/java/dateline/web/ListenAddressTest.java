package dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.App;
import dateline.config.SettingsReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListenAddressTest {
    @TempDir Path dir;

    @Test
    void theServerListensOnTheAddressItIsGiven() throws Exception {
        var flags = new SettingsReader.Flags(0, dir, null, "test.example", null, null, "127.0.0.1");
        try (App app = App.build(new SettingsReader(Map.of()).read(flags)).start()) {
            var connector = (org.eclipse.jetty.server.ServerConnector) app.web().jettyServer().server().getConnectors()[0];
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(connector.getHost()).isEqualTo("127.0.0.1");
            assertThat(health.statusCode()).isEqualTo(200);
        }
    }
}
