package dateline.web.api;

import dateline.wire.stream.EventSink;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * An HTTP response held open for Server-Sent Events. It writes to the servlet's own stream,
 * past Javalin's compression, and tells proxies not to buffer: an event must reach the client
 * when it is written, not when a buffer fills.
 */
final class SseResponse implements EventSink {
    private final OutputStream out;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    private SseResponse(OutputStream out) { this.out = out; }

    /**
     * Sends the headers, keeps the request open until {@link #close}, and hands the stream to
     * {@code start} once Jetty holds the request open (Javalin starts it asynchronously after the
     * handler returns): a writer thread must not write to a response that is not yet
     * asynchronous, which races with the request thread finishing it.
     */
    static void open(Context ctx, Consumer<SseResponse> start) {
        HttpServletResponse res = ctx.res();
        res.setStatus(200);
        res.setContentType("text/event-stream; charset=utf-8");
        res.setHeader("Cache-Control", "no-cache, no-store");
        res.setHeader("X-Accel-Buffering", "no");
        // HEAD runs this route's GET handler (web.WebApp): it gets the stream's status and
        // headers, every check included, and no stream, which would never end.
        if (ctx.method() == io.javalin.http.HandlerType.HEAD) return;
        try {
            SseResponse response = new SseResponse(res.getOutputStream());
            ctx.future(() -> {
                start.accept(response);
                return response.done;
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void write(byte[] bytes) throws IOException { out.write(bytes); }

    @Override
    public void flush() throws IOException { out.flush(); }

    /** Hands the request back to Javalin, which ends the response. */
    @Override
    public void close() {
        done.complete(null);
    }

    /**
     * Nothing to do: a failed write has made Jetty end the request already (through Javalin's
     * error listener), and completing it again would act on a recycled request.
     */
    @Override
    public void broken() {}
}
