package dateline.wire;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A real webhook endpoint on 127.0.0.1 for tests: it answers each request as {@code behaviour}
 * says for its number (1, 2, ...), and keeps every request it got.
 */
public final class WebhookReceiver implements AutoCloseable {
    /** What to do with request N: answer with a status, or stall past the sender's timeout. */
    public record Answer(int status, long stallMillis) {
        public static Answer ok() { return new Answer(200, 0); }
        public static Answer fail() { return new Answer(500, 0); }
        public static Answer stall() { return new Answer(200, 1500); }
    }

    /** One request as received. */
    public record Received(String id, String timestamp, String signature, String body, Answer answer) {}

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();

    public WebhookReceiver(IntFunction<Answer> behaviour) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Answer answer;
            synchronized (received) {
                answer = behaviour.apply(received.size() + 1);
                received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
                        exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                        exchange.getRequestHeaders().getFirst("webhook-signature"), body, answer));
                received.notifyAll();
            }
            if (answer.stallMillis() > 0) {
                try {
                    Thread.sleep(answer.stallMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(answer.status(), -1);
            exchange.close();
        });
        server.start();
    }

    public String url() { return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook"; }

    public List<Received> received() {
        synchronized (received) { return List.copyOf(received); }
    }

    /** Waits (up to {@code timeoutMillis}) until a request answered 2xx carried each of {@code ids}. */
    public boolean awaitDelivered(List<String> ids, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (received) {
            while (!delivered().containsAll(ids)) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) return false;
                received.wait(left);
            }
            return true;
        }
    }

    private List<String> delivered() {
        return received.stream().filter(r -> r.answer().status() / 100 == 2 && r.answer().stallMillis() == 0)
                .map(Received::id).toList();
    }

    /** Whether a request's signature is the Standard Webhooks HMAC of it under {@code secret}. */
    public static boolean validSignature(Received r, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((r.id() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8));
        return r.signature().equals("v1," + Base64.getEncoder().encodeToString(expected));
    }

    @Override
    public void close() { server.stop(0); }
}
