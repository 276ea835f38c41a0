package dateline.story;

import java.time.Instant;

/** One entry of the change log: everything downstream is derived from these, in {@code seq} order. */
public record Change(long seq, String storyId, int version, ChangeKind kind, Instant at) {}
