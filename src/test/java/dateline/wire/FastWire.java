package dateline.wire;

import dateline.wire.stream.StreamSettings;
import dateline.wire.webhooks.WebhookSettings;
import java.time.Duration;

/** The wire's timings shortened for tests: heartbeats and retries in milliseconds, not seconds. */
public final class FastWire {
    private FastWire() {}

    public static WireSettings settings() {
        return settings(Duration.ofSeconds(30));
    }

    /** @param giveUpAfter how long an endpoint may fail before it is disabled */
    public static WireSettings settings(Duration giveUpAfter) {
        return new WireSettings(
                new StreamSettings(Duration.ofMillis(300), Duration.ofMillis(100), 256, 4, 1000),
                new WebhookSettings(Duration.ofMillis(20), Duration.ofMillis(20), Duration.ofMillis(300), giveUpAfter,
                        Duration.ofMillis(400), 2));
    }
}
