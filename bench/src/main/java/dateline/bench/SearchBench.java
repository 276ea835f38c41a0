package dateline.bench;

import dateline.App;
import dateline.config.Settings;
import dateline.config.SettingsReader;
import dateline.search.Reindex;
import dateline.search.SearchHit;
import dateline.search.SearchOrder;
import dateline.search.StorySearch;
import dateline.store.SqlStoryStore;
import dateline.story.Filing;
import dateline.story.StoryContent;
import dateline.story.StoryService;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The search benchmark, one run: N generated stories filed into a fresh embedded store (and
 * the same rows into PostgreSQL), the index rebuilt from the store as {@code dateline reindex}
 * does (indexing rate, bytes a story), then the site started in this JVM (run it with -Xmx1g)
 * and each kind of query timed inside the process and over HTTP, then on PostgreSQL.
 * {@code java -Xmx1g -cp bench/target/benchmarks.jar:target/dateline.jar dateline.bench.SearchBench N CORPUS WORK PG_URL}
 */
public final class SearchBench {
    private static final int BATCH = 500;
    private static final Instant FIRST = Instant.parse("2023-11-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("2026-11-01T00:00:00Z");

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        Path corpus = Path.of(args[1]);
        Path work = Path.of(args[2]);
        String pgUrl = args.length > 3 && !args[3].equals("none") ? args[3] : null;
        int perKind = Integer.getInteger("perKind", 300);
        int pgPerKind = Integer.getInteger("pgPerKind", 40);
        Path data = work.resolve("data");
        // -Dreuse=true keeps the store of the last run (same N, same seed): a before/after pair
        // then measures two builds of the index and the search on exactly the same stories.
        boolean reuse = Boolean.getBoolean("reuse") && Files.exists(data.resolve("dateline.db"));
        if (!reuse) deleteTree(data);
        Settings settings = new SettingsReader(Map.of()).read(new SettingsReader.Flags(0, data, null, "bench.example", null, "UTC"));
        SyntheticNews news = new SyntheticNews(corpus, 20261130L);
        try (PgPeer pg = pgUrl == null ? null : new PgPeer(pgUrl)) {
            if (pg != null && !reuse) pg.create();
            if (reuse) System.out.println("stories: the store of the last run, reused (-Dreuse=true)");
            else file(count, news, settings, pg);
            if (pg != null && !reuse) {
                long t = System.nanoTime();
                pg.index();
                System.out.printf("peer: GIN indexes built in %.1f s; table and indexes %.0f bytes a story%n", seconds(t), pg.bytes() / (double) count);
            }
            try (App app = App.build(settings)) {
                // -Dreindex=false with reuse searches the index the last run built: two builds' searches
                // compared on the very same index, in minutes.
                if (reuse && !Boolean.parseBoolean(System.getProperty("reindex", "true")) && Files.exists(data.resolve("search/current"))) {
                    System.out.println("indexing: skipped, the index of the last run searched (-Dreindex=false)");
                } else {
                    long t = System.nanoTime();
                    Reindex.Result built = app.reindex().run(seq -> { });
                    double s = seconds(t);
                    long bytes = size(data.resolve("search"));
                    System.out.printf("indexing (dateline reindex): %d stories in %.1f s = %.0f stories/s; index %.1f MB = %.0f bytes a story%n",
                            built.stories(), s, built.stories() / s, bytes / 1e6, bytes / (double) built.stories());
                }
                app.start();
                // Drawn from a model of their own, so the queries are the same whether the stories
                // were generated in this run or reused from the last.
                LocalDate first = LocalDate.ofInstant(FIRST, ZoneOffset.UTC), last = LocalDate.ofInstant(LAST, ZoneOffset.UTC);
                List<BenchQueries.Query> queries = BenchQueries.make(new SyntheticNews(corpus, 20261130L), perKind, first, last, 7L);
                // The warm-up and the HTTP timings use queries of their own: the site keeps the
                // counts of a query it has just answered, so asking the same one again would time that.
                List<BenchQueries.Query> warmUp = BenchQueries.make(new SyntheticNews(corpus, 20261130L), perKind, first, last, 8L);
                List<BenchQueries.Query> overHttp = BenchQueries.make(new SyntheticNews(corpus, 20261130L), perKind, first, last, 9L);
                Map<BenchQueries.Query, List<String>> top = time(app, warmUp, queries, overHttp);
                if (pg != null) peer(pg, queries, top, pgPerKind, perKind);
            }
        }
    }

    private static void file(int count, SyntheticNews news, Settings settings, PgPeer pg) throws Exception {
        BenchClock clock = new BenchClock();
        long storeNanos = 0, pgNanos = 0, genNanos = 0;
        long step = (LAST.toEpochMilli() - FIRST.toEpochMilli()) / Math.max(1, count / BATCH);
        try (SqlStoryStore store = SqlStoryStore.open(settings.jdbcUrl())) {
            StoryService stories = new StoryService(store, clock);
            for (int from = 0; from < count; from += BATCH) {
                long t0 = System.nanoTime();
                List<Filing> filings = new ArrayList<>(BATCH);
                for (int n = from; n < Math.min(count, from + BATCH); n++) filings.add(new Filing("b" + n, null, news.next(n)));
                long t1 = System.nanoTime();
                clock.now = Instant.ofEpochMilli(FIRST.toEpochMilli() + (from / BATCH) * step);
                stories.fileAll(filings);
                long t2 = System.nanoTime();
                if (pg != null) {
                    for (Filing f : filings) pg.add(f.id(), f.content(), clock.now);
                    pg.flush();
                }
                genNanos += t1 - t0;
                storeNanos += t2 - t1;
                pgNanos += System.nanoTime() - t2;
                if ((from / BATCH) % 200 == 0) System.err.printf("filed %d of %d%n", from, count);
            }
        }
        System.out.printf("generated %d stories in %.1f s; filed into SQLite in %.1f s (%.0f/s); into PostgreSQL (tsvector computed) in %.1f s%n",
                count, genNanos / 1e9, storeNanos / 1e9, count / (storeNanos / 1e9), pgNanos / 1e9);
    }

    /**
     * Times every query inside the process, and the queries of another set over HTTP; returns the
     * in-process top ten of each.
     */
    private static Map<BenchQueries.Query, List<String>> time(App app, List<BenchQueries.Query> warmUp, List<BenchQueries.Query> queries,
                                                              List<BenchQueries.Query> httpQueries) throws Exception {
        StorySearch search = app.search();
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://localhost:" + app.port() + "/api/v1/search?limit=10&q=";
        for (BenchQueries.Query q : warmUp) search.search(q.dateline(), 10, null, SearchOrder.RELEVANCE);
        for (int i = 0; i < Math.min(200, warmUp.size()); i++) get(http, base + encode(warmUp.get(warmUp.size() - 1 - i).dateline()));
        Map<BenchQueries.Kind, Latencies> inside = new EnumMap<>(BenchQueries.Kind.class);
        Map<BenchQueries.Kind, Latencies> overHttp = new EnumMap<>(BenchQueries.Kind.class);
        // The same, for the queries asked for the first time only: nothing kept from before helps them.
        Map<BenchQueries.Kind, Latencies> insideFirst = new EnumMap<>(BenchQueries.Kind.class);
        Map<BenchQueries.Kind, Latencies> overHttpFirst = new EnumMap<>(BenchQueries.Kind.class);
        Map<BenchQueries.Kind, Long> totals = new EnumMap<>(BenchQueries.Kind.class);
        Map<BenchQueries.Query, List<String>> top = new java.util.HashMap<>();
        java.util.Set<String> asked = new HashSet<>();
        warmUp.forEach(q -> asked.add(q.dateline()));
        int repeats = 0;
        // In turn, one query in the process then one over HTTP, so both meet the same machine.
        for (int i = 0; i < queries.size(); i++) {
            BenchQueries.Query q = queries.get(i), h = httpQueries.get(i);
            boolean qFirst = asked.add(q.dateline()), hFirst = asked.add(h.dateline());
            if (!qFirst) repeats++;
            if (!hFirst) repeats++;
            long t = System.nanoTime();
            var results = search.search(q.dateline(), 10, null, SearchOrder.RELEVANCE);
            long took = System.nanoTime() - t;
            inside.computeIfAbsent(q.kind(), k -> new Latencies()).add(took);
            if (qFirst) insideFirst.computeIfAbsent(q.kind(), k -> new Latencies()).add(took);
            totals.merge(q.kind(), results.total(), Long::sum);
            top.put(q, results.items().stream().map(SearchHit::id).toList());
            t = System.nanoTime();
            get(http, base + encode(h.dateline()));
            took = System.nanoTime() - t;
            overHttp.computeIfAbsent(h.kind(), k -> new Latencies()).add(took);
            if (hFirst) overHttpFirst.computeIfAbsent(h.kind(), k -> new Latencies()).add(took);
        }
        // A word common enough to be drawn twice is asked twice, as on a real site; say how often.
        System.out.printf("queries asked again (counts kept from an earlier ask): %d of %d%n", repeats, 2 * queries.size());
        System.out.println("| query kind | queries | mean matches | in-process p50 | p99 | HTTP p50 | p99 |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (BenchQueries.Kind kind : BenchQueries.Kind.values()) {
            Latencies in = inside.get(kind), out = overHttp.get(kind);
            System.out.printf("| %s | %d | %d | %.2f ms | %.2f ms | %.2f ms | %.2f ms |%n", kind, in.count(), totals.get(kind) / in.count(),
                    in.percentileMillis(50), in.percentileMillis(99), out.percentileMillis(50), out.percentileMillis(99));
        }
        System.out.println("First asks only:");
        System.out.println("| query kind | in-process queries | p50 | p99 | HTTP queries | p50 | p99 |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (BenchQueries.Kind kind : BenchQueries.Kind.values()) {
            Latencies in = insideFirst.getOrDefault(kind, new Latencies()), out = overHttpFirst.getOrDefault(kind, new Latencies());
            System.out.printf("| %s | %d | %.2f ms | %.2f ms | %d | %.2f ms | %.2f ms |%n", kind, in.count(), in.percentileMillis(50),
                    in.percentileMillis(99), out.count(), out.percentileMillis(50), out.percentileMillis(99));
        }
        return top;
    }

    private static void peer(PgPeer pg, List<BenchQueries.Query> queries, Map<BenchQueries.Query, List<String>> top,
                             int pgPerKind, int perKind) throws Exception {
        Map<BenchQueries.Kind, Latencies> times = new EnumMap<>(BenchQueries.Kind.class);
        Map<BenchQueries.Kind, double[]> overlap = new EnumMap<>(BenchQueries.Kind.class);
        List<BenchQueries.Query> sample = new ArrayList<>();
        for (int k = 0; k < BenchQueries.Kind.values().length; k++) sample.addAll(queries.subList(k * perKind, k * perKind + pgPerKind));
        for (int i = 0; i < 5; i++) pg.search(sample.get(i));
        for (BenchQueries.Query q : sample) {
            long t = System.nanoTime();
            List<String> ids = pg.search(q);
            times.computeIfAbsent(q.kind(), k -> new Latencies()).add(System.nanoTime() - t);
            List<String> ours = top.get(q);
            var shared = new HashSet<>(ids);
            shared.retainAll(ours);
            double[] o = overlap.computeIfAbsent(q.kind(), k -> new double[2]);
            int denominator = Math.max(1, Math.min(10, Math.max(ids.size(), ours.size())));
            o[0] += shared.size() / (double) denominator;
            o[1]++;
        }
        System.out.println("| query kind | PostgreSQL queries | PostgreSQL p50 | p99 | top-10 overlap |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (BenchQueries.Kind kind : BenchQueries.Kind.values()) {
            Latencies l = times.get(kind);
            double[] o = overlap.get(kind);
            System.out.printf("| %s | %d | %.2f ms | %.2f ms | %.0f%% |%n", kind, l.count(), l.percentileMillis(50),
                    l.percentileMillis(99), 100 * o[0] / o[1]);
        }
    }

    private static void get(HttpClient http, String url) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) throw new IllegalStateException(url + ": " + response.statusCode());
    }

    private static String encode(String q) { return URLEncoder.encode(q, StandardCharsets.UTF_8); }

    private static double seconds(long since) { return (System.nanoTime() - since) / 1e9; }

    private static long size(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A clock the benchmark sets: stories are filed over three years, not all in one afternoon. */
    private static final class BenchClock extends Clock {
        volatile Instant now = FIRST;
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }
}
