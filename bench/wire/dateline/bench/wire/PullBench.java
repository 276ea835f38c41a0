package dateline.bench.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dateline.App;
import dateline.config.SettingsReader;
import dateline.story.Filing;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A client catching up on the whole change log through the pull API, following {@code next}
 * with limit=1000, against the store's own read of the same rows over JDBC (the peer: changes
 * and their revisions' content, paged by sequence, no HTTP, no ninjs).
 *
 * <p>Usage: PullBench DATA_DIR CHANGES  (fills DATA_DIR with CHANGES changes first if it has fewer)
 */
public final class PullBench {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int changes = Integer.parseInt(args[1]);
        var flags = new SettingsReader.Flags(0, data, null, "bench.example", null, "UTC");
        try (App app = App.build(new SettingsReader(Map.of()).read(flags)).start()) {
            fill(app, changes);
            String key = app.wire().clients().add("pull-" + System.nanoTime(), List.of(), false, 1_000_000).key();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String base = "http://127.0.0.1:" + app.port();
            String jdbc = app.settings().jdbcUrl();
            for (int run = 1; run <= 3; run++) {
                long pulled = pull(http, base, key);
                long peer = peer(jdbc);
                System.out.printf("run %d: pull API %,.0f changes/s (%d changes, %.2f s); JDBC read of the same rows %,.0f rows/s%n",
                        run, pulled / seconds, pulled, seconds, peerRows / peerSeconds);
            }
        }
    }

    private static double seconds;
    private static double peerSeconds;
    private static long peerRows;

    private static void fill(App app, int changes) {
        long have = app.stories().headSeq();
        for (long n = have; n < changes; ) {
            List<Filing> batch = new ArrayList<>();
            for (int i = 0; i < 1000 && n < changes; i++, n++) {
                batch.add(new Filing(null, null, contentOf(n)));
            }
            app.stories().fileAll(batch);
        }
        System.out.println("store: " + app.stories().headSeq() + " changes at " + app.settings().safeJdbcUrl());
    }

    private static dateline.story.StoryContent contentOf(long n) {
        return new dateline.story.StoryContent("Pull story " + n + ": ferries halted by ice in the harbour",
                "The port expects ferries to run again by Friday",
                new dateline.story.DatelineInfo("OSLO, March 3. /DTL/.", "OSLO", "March 3", java.time.LocalDate.of(2026, 3, 3), "DTL"),
                List.of(dateline.story.Block.paragraph("OSLO, March 3. /DTL/. Ferry traffic was halted for the " + n
                                + "th time this winter as ice built up along the quays, the harbour authority said."),
                        dateline.story.Block.subheading("What comes next"),
                        dateline.story.Block.paragraph("\"We will reopen the quay as soon as the ice allows,\" harbour master Ingrid Solberg said."),
                        dateline.story.Block.paragraph("Commuters were advised to take the bus around the fjord, which adds forty minutes.")),
                List.of(), List.of(), List.of(), List.of(), "world", "en");
    }

    private static long pull(HttpClient http, String base, String key) throws Exception {
        ObjectMapper json = new ObjectMapper();
        String next = "/api/v1/wire?since=0&limit=1000";
        long count = 0;
        long started = System.nanoTime();
        while (true) {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + next))
                    .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) throw new IllegalStateException(new String(response.body()));
            JsonNode page = json.readTree(response.body());
            int got = page.get("changes").size();
            if (got == 0) break;
            count += got;
            next = page.get("next").asText();
        }
        seconds = (System.nanoTime() - started) / 1e9;
        return count;
    }

    private static long peer(String jdbc) throws Exception {
        long started = System.nanoTime();
        long rows = 0;
        try (Connection c = DriverManager.getConnection(jdbc);
             PreparedStatement s = c.prepareStatement("""
                     SELECT c.seq, c.kind, r.content FROM changes c
                     JOIN revisions r ON r.story_id = c.story_id AND r.version = c.version
                     WHERE c.seq > ? ORDER BY c.seq LIMIT 1000""")) {
            long since = 0;
            while (true) {
                s.setLong(1, since);
                int got = 0;
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        since = rs.getLong(1);
                        rs.getString(3);
                        got++;
                    }
                }
                if (got == 0) break;
                rows += got;
            }
        }
        peerSeconds = (System.nanoTime() - started) / 1e9;
        peerRows = rows;
        return rows;
    }
}
