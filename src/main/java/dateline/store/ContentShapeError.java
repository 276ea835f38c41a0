package dateline.store;

/** Stored content that does not have the shape its number promises. */
final class ContentShapeError extends RuntimeException {
    ContentShapeError(String message) { super(message); }
}
