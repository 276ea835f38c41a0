package dateline.wire.stream;

import java.time.Duration;

/**
 * How the stream hub runs; tests shorten the times.
 *
 * @param heartbeat     how often an idle stream gets a comment, so proxies keep it open and a
 *                      gone client is noticed
 * @param keyCheck      how often open streams are checked against the keys that still work, for
 *                      revocations made by another process (this one's close streams at once)
 * @param queue         changes-batches a subscriber may have waiting before it is dropped as too slow
 * @param writers       threads that write to subscribers: few, as they take turns on the cores
 *                      (measured on 2 cores: a write cost 10 times more with 8 threads than with 1),
 *                      yet more than one, since a client that stops reading holds its writer
 *                      until Jetty's idle timeout
 * @param maxStreams    open streams at most; more are answered 503
 */
public record StreamSettings(Duration heartbeat, Duration keyCheck, int queue, int writers, int maxStreams) {
    public static StreamSettings standard() {
        return new StreamSettings(Duration.ofSeconds(15), Duration.ofMillis(500), 256, 4, 20_000);
    }
}
