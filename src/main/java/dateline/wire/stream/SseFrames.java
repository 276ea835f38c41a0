package dateline.wire.stream;

import dateline.formats.Json;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Server-Sent Events as bytes. JSON written by Jackson has no raw line breaks, so one data line holds it. */
public final class SseFrames {
    static final byte[] HEARTBEAT = ": heartbeat\n\n".getBytes(StandardCharsets.UTF_8);
    /** Sent first: a client may reconnect after 2 s, and it sees at once that the stream is open. */
    static final byte[] OPENED = "retry: 2000\n: open\n\n".getBytes(StandardCharsets.UTF_8);

    private SseFrames() {}

    /** An event whose id is the change's sequence, which a client sends back as Last-Event-ID. */
    public static byte[] event(long id, byte[] json) {
        byte[] head = ("id: " + id + "\ndata: ").getBytes(StandardCharsets.UTF_8);
        byte[] frame = new byte[head.length + json.length + 2];
        System.arraycopy(head, 0, frame, 0, head.length);
        System.arraycopy(json, 0, frame, head.length, json.length);
        frame[frame.length - 2] = '\n';
        frame[frame.length - 1] = '\n';
        return frame;
    }

    /** The last event of a stream the server ends, saying why. */
    static byte[] dropped(String reason) {
        return ("event: dropped\ndata: " + Json.write(Map.of("reason", reason)) + "\n\n").getBytes(StandardCharsets.UTF_8);
    }
}
