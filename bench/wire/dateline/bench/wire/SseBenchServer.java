package dateline.bench.wire;

import com.sun.net.httpserver.HttpServer;
import dateline.App;
import dateline.config.SettingsReader;
import dateline.story.Block;
import dateline.story.DatelineInfo;
import dateline.story.Filing;
import dateline.story.StoryContent;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * One side of the SSE fan-out benchmark: {@code dateline} (the real app: a publish is a story
 * filed through StoryService, committed to SQLite, fanned out by the stream hub) or {@code jetty}
 * (the peer: a plain Jetty 12 servlet holding async responses in a list and writing each event
 * to every one of them on the publishing thread, with a payload of the same size). A control
 * server on PORT+1 answers /memory, /key and /publish?n=&gap=; every event carries the wall-clock
 * microsecond it was published at ("bench MICROS") for the client to measure against.
 *
 * <p>Usage: SseBenchServer dateline|jetty PORT DATA_DIR
 */
public final class SseBenchServer {
    private static final List<AsyncContext> PEER_CLIENTS = new CopyOnWriteArrayList<>();
    private static volatile String key = "";
    private static volatile App app;
    private static volatile int payload = 2000;

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        int port = Integer.parseInt(args[1]);
        if (kind.equals("dateline")) startDateline(port, Path.of(args[2]));
        else startJetty(port);
        control(port + 1, kind);
        System.out.println("ready " + kind + " on " + port);
    }

    private static void startDateline(int port, Path data) {
        var flags = new SettingsReader.Flags(port, data, null, "bench.example", null, "UTC");
        var standard = dateline.wire.WireSettings.standard();
        var stream = standard.stream();
        int writers = Integer.getInteger("writers", stream.writers());
        var tuned = new dateline.wire.WireSettings(new dateline.wire.stream.StreamSettings(stream.heartbeat(), stream.keyCheck(),
                stream.queue(), writers, stream.maxStreams()), standard.webhooks());
        app = App.build(new SettingsReader(Map.of()).read(flags), tuned).start();
        key = app.wire().clients().add("bench-" + System.nanoTime(), List.of(), false, 1_000_000).key();
    }

    private static void startJetty(int port) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
                res.setContentType("text/event-stream; charset=utf-8");
                res.setHeader("Cache-Control", "no-cache");
                AsyncContext async = req.startAsync();
                async.setTimeout(0);
                res.getOutputStream().write(": open\n\n".getBytes(StandardCharsets.UTF_8));
                res.getOutputStream().flush();
                PEER_CLIENTS.add(async);
            }
        }), "/stream");
        server.setHandler(context);
        server.start();
    }

    private static void control(int port, String kind) throws IOException {
        HttpServer control = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        control.createContext("/key", ex -> answer(ex, key));
        control.createContext("/memory", ex -> answer(ex, memory()));
        control.createContext("/publish", ex -> {
            Map<String, String> q = query(ex.getRequestURI().getQuery());
            int n = Integer.parseInt(q.get("n"));
            long gap = Long.parseLong(q.get("gap"));
            payload = Integer.parseInt(q.getOrDefault("payload", "2000"));
            long[] took = new long[n];
            for (int i = 0; i < n; i++) {
                long started = System.nanoTime();
                if (kind.equals("dateline")) publishDateline(i);
                else publishPeer();
                took[i] = System.nanoTime() - started;
                try {
                    Thread.sleep(gap);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            java.util.Arrays.sort(took);
            answer(ex, String.format("%s: the publishing call (dateline: the story's commit; jetty: the write loop) took p50 %.1f ms, p99 %.1f ms",
                    kind, took[n / 2] / 1e6, took[Math.max(0, (int) Math.ceil(n * 0.99) - 1)] / 1e6) + "\n" + DONE_AT);
        });
        control.start();
    }

    /** Each event's stamp and the microsecond its publishing call returned (its commit, for Dateline). */
    private static final StringBuilder DONE_AT = new StringBuilder();

    private static void publishDateline(int i) {
        long stamp = micros();
        app.stories().file(new Filing(null, null, content("bench " + stamp, i)));
        DONE_AT.append(stamp).append(' ').append(micros()).append('\n');
    }

    /** The plain way: the publisher writes to every client itself. */
    private static void publishPeer() {
        long stamp = micros();
        String head = "data: {\"headline\":\"bench " + stamp + "\",\"pad\":\"";
        byte[] event = (head + "x".repeat(Math.max(0, payload - head.length() - 4)) + "\"}\n\n").getBytes(StandardCharsets.UTF_8);
        for (AsyncContext async : PEER_CLIENTS) {
            try {
                OutputStream out = async.getResponse().getOutputStream();
                out.write(event);
                out.flush();
            } catch (IOException | RuntimeException e) {
                PEER_CLIENTS.remove(async);
            }
        }
        DONE_AT.append(stamp).append(' ').append(stamp).append('\n');
    }

    static long micros() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
    }

    private static StoryContent content(String headline, int i) {
        String first = "OSLO, March 3. /DTL/. Ferry traffic in the fjord was halted for the " + i
                + "th time this winter as ice built up along the quays, the harbour authority said on Tuesday.";
        return new StoryContent(headline, "The port expects ferries to run again by Friday",
                new DatelineInfo("OSLO, March 3. /DTL/.", "OSLO", "March 3", LocalDate.of(2026, 3, 3), "DTL"),
                List.of(Block.paragraph(first), Block.subheading("What comes next"),
                        Block.paragraph("\"We will reopen the quay as soon as the ice allows,\" harbour master Ingrid Solberg said."),
                        Block.paragraph("Commuters were advised to take the bus around the fjord, which adds about forty minutes to the journey.")),
                List.of(), List.of(), List.of(), List.of(), "world", "en");
    }

    /** Heap used after a full collection, live threads, and resident memory, in bytes. */
    private static String memory() {
        for (int i = 0; i < 3; i++) System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long threads = ManagementFactory.getThreadMXBean().getThreadCount();
        long rss = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) rss = Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        } catch (IOException ignored) {
            // not on Linux: RSS is reported as 0
        }
        return heap + " " + threads + " " + rss;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new java.util.HashMap<>();
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            q.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        return q;
    }

    private static void answer(com.sun.net.httpserver.HttpExchange ex, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }
}
