package dateline.wire;

import dateline.wire.stream.StreamSettings;
import dateline.wire.webhooks.WebhookSettings;

/** How the wire's live parts run: the stream hub and webhook delivery. Tests shorten the times. */
public record WireSettings(StreamSettings stream, WebhookSettings webhooks) {
    public static WireSettings standard() {
        return new WireSettings(StreamSettings.standard(), WebhookSettings.standard());
    }
}
