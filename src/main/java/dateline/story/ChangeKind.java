package dateline.story;

/**
 * What one entry of the change log records. Every write appends one; readers of the log decide
 * what each kind means to them: {@link #DRAFTED} never leaves the newsroom, {@link #EMBARGOED}
 * reaches only clients entitled to embargoed copy, the rest are public.
 */
public enum ChangeKind {
    /** A draft was created or edited. */
    DRAFTED,
    /** A story was scheduled for release at its embargo time (or its embargo moved). */
    EMBARGOED,
    PUBLISHED, UPDATED, CORRECTED, EMBARGO_RELEASED, WITHDRAWN;

    /** Whether this change is visible to the public (site, search, feeds, every client). */
    public boolean isPublic() { return this != DRAFTED && this != EMBARGOED; }


    public String wireName() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
}
