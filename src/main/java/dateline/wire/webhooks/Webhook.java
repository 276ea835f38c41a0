package dateline.wire.webhooks;

import java.time.Instant;

/**
 * An endpoint a client registered to receive changes by POST.
 *
 * @param secret      the Standard Webhooks signing secret, {@code whsec_<base64>}
 * @param enqueuedSeq how far down the change log this endpoint's outbox has been filled
 * @param disabledAt  when it was disabled after failing for too long; null while enabled
 */
public record Webhook(String id, String client, String url, String secret, long enqueuedSeq, Instant createdAt,
                      Instant disabledAt) {

    public boolean enabled() { return disabledAt == null; }
}
