package dateline.bench.wire;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clients of the SSE fan-out benchmark: opens CLIENTS streams, reads the server's memory
 * before and after, has it publish EVENTS events GAP ms apart, and reports the latency from
 * publication to arrival over every (client, event) pair: p50, p99, max, and memory per connection.
 *
 * <p>Usage: SseBenchClient dateline|jetty PORT CLIENTS EVENTS GAP_MS
 */
public final class SseBenchClient {
    private static final Pattern STAMP = Pattern.compile("bench (\\d{16})");

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } finally {
            // The HTTP client's threads would keep a failed run alive: end it either way.
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }
    }

    private static void run(String[] args) throws Exception {
        String kind = args[0];
        int port = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        int events = Integer.parseInt(args[3]);
        long gap = Long.parseLong(args[4]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(30)).build();
        String control = "http://127.0.0.1:" + (port + 1);
        String key = get(http, control + "/key");
        long[] before = numbers(get(http, control + "/memory"));

        int warm = 20;
        int samples = clients * (events + warm);
        AtomicLongArray latencies = new AtomicLongArray(samples);
        AtomicLongArray stamps = new AtomicLongArray(samples);
        AtomicLongArray arrivals = new AtomicLongArray(samples);
        AtomicLong received = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicLong dropped = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong unmatched = new AtomicLong();
        CountDownLatch open = new CountDownLatch(clients);
        CountDownLatch done = new CountDownLatch(samples);
        String path = kind.equals("dateline") ? "/api/v1/wire/stream" : "/stream";
        for (int i = 0; i < clients; i++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Accept", "text/event-stream");
            if (!key.isEmpty()) request.header("Authorization", "Bearer " + key);
            http.sendAsync(request.build(), HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<String>() {
                boolean opened;

                @Override public void onSubscribe(Flow.Subscription s) { s.request(Long.MAX_VALUE); }

                @Override public void onNext(String line) {
                    long now = SseBenchServer.micros();
                    if (!opened && line.startsWith(":")) {
                        opened = true;
                        open.countDown();
                        return;
                    }
                    if (line.startsWith("event: dropped")) dropped.incrementAndGet();
                    if (!line.startsWith("data: ")) return;
                    Matcher m = STAMP.matcher(line);
                    if (!m.find()) {
                        unmatched.incrementAndGet();
                        return;
                    }
                    long n = received.getAndIncrement();
                    bytes.addAndGet(line.length());
                    if (n < samples) {
                        long stamp = Long.parseLong(m.group(1));
                        latencies.set((int) n, now - stamp);
                        stamps.set((int) n, stamp);
                        arrivals.set((int) n, now);
                    }
                    done.countDown();
                }

                @Override public void onError(Throwable t) { failed.incrementAndGet(); }

                @Override public void onComplete() { failed.incrementAndGet(); }
            }));
        }
        if (!open.await(120, TimeUnit.SECONDS)) throw new IllegalStateException("only " + (clients - open.getCount()) + " streams opened");
        long[] after = numbers(get(http, control + "/memory"));
        // Warm-up events first (the JIT, the pools), left out of the figures.
        get(http, control + "/publish?n=" + warm + "&gap=" + gap + "&payload=1100");
        long measureFrom = SseBenchServer.micros();
        String published = get(http, control + "/publish?n=" + events + "&gap=" + gap + "&payload=1100");
        boolean all = done.await(60, TimeUnit.SECONDS);

        long got = Math.min(received.get(), samples);
        long[] kept = new long[(int) got];
        int n = 0;
        for (int i = 0; i < got; i++) if (stamps.get(i) >= measureFrom) kept[n++] = i;
        long[] sorted = new long[n];
        for (int i = 0; i < n; i++) sorted[i] = latencies.get((int) kept[i]);
        Arrays.sort(sorted);
        System.out.printf("%s: %d clients, %d events (after %d to warm up), %d of %d deliveries%s, %d bytes per event line%n", kind,
                clients, events, warm, n, clients * events, all ? "" : " (INCOMPLETE)", got == 0 ? 0 : bytes.get() / got);
        System.out.printf("%s: publish-to-client latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", kind,
                pct(sorted, 0.50), pct(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0);
        if (dropped.get() + unmatched.get() + failed.get() > 0) {
            System.out.printf("%s: %d streams dropped by the server, %d failed or ended, %d other data lines%n", kind, dropped.get(),
                    failed.get(), unmatched.get());
        }
        String[] lines = published.split("\n");
        System.out.println(lines[0]);
        java.util.Map<Long, Long> doneAt = new java.util.HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] parts = lines[i].trim().split(" ");
            if (parts.length == 2) doneAt.put(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        }
        long[] afterCommit = new long[(int) n];
        for (int i = 0; i < n; i++) {
            int k = (int) kept[i];
            afterCommit[i] = arrivals.get(k) - doneAt.getOrDefault(stamps.get(k), stamps.get(k));
        }
        Arrays.sort(afterCommit);
        System.out.printf("%s: from the end of the publishing call to the client: p50 %.1f ms, p99 %.1f ms%n", kind,
                pct(afterCommit, 0.50), pct(afterCommit, 0.99));
        System.out.printf("%s: per connection %.1f KB heap, %.1f KB resident, %d threads for %d connections%n", kind,
                (after[0] - before[0]) / 1024.0 / clients, (after[2] - before[2]) / 1024.0 / clients, after[1] - before[1], clients);
        System.exit(0);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1000.0;
    }

    private static long[] numbers(String text) {
        return Arrays.stream(text.trim().split(" ")).mapToLong(Long::parseLong).toArray();
    }

    private static String get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
