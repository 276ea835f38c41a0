package dateline.wire.stream;

import dateline.wire.WireChange;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What one stream wants: which changes ({@code sees}), written how ({@code frame}, cached per
 * {@code shape} across every subscriber that shares it), from where ({@code since}), and whose
 * it is, so that revoking the key closes it.
 *
 * @param client  the client's name; null for the public headline stream
 * @param keyHash the hash of the key it was opened with; null for the public stream
 */
public record Subscription(String client, String keyHash, Predicate<WireChange> sees, Object shape,
                           Function<WireChange, byte[]> frame, long since) {}
