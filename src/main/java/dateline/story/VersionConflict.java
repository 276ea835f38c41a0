package dateline.story;

/** The story changed since the caller read it: the version they based their write on is not the current one. */
public final class VersionConflict extends RuntimeException {
    public VersionConflict(String message) { super(message); }
}
