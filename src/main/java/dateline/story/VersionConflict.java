package dateline.story;

import java.util.List;

/**
 * The story changed since the caller read it: the version they based their write on is not the
 * current one. When known, it says which version is current and what changed since the caller's,
 * so an editor can reload and apply their change again, never overwrite someone else's.
 */
public final class VersionConflict extends RuntimeException {
    private final Integer currentVersion;
    private final List<String> changed;

    public VersionConflict(String message) {
        this(message, null, List.of());
    }

    public VersionConflict(String message, Integer currentVersion, List<String> changed) {
        super(message);
        this.currentVersion = currentVersion;
        this.changed = List.copyOf(changed);
    }

    /** The story's version now, or null when the store could not say. */
    public Integer currentVersion() { return currentVersion; }

    /** The editor's fields (and "status") that differ between the caller's version and the current one. */
    public List<String> changed() { return changed; }
}
