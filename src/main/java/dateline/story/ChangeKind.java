package dateline.story;

/** What one entry of the change log records. */
public enum ChangeKind {
    PUBLISHED, UPDATED, CORRECTED, EMBARGO_RELEASED, WITHDRAWN;

    public String wireName() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
}
