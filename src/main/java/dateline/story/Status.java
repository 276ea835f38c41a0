package dateline.story;

/** Where a story stands with readers and clients. */
public enum Status {
    /** Being written in the newsroom: seen by staff only, on no public surface. */
    DRAFT,
    /** Under embargo: ready, and released by the scheduler at {@link Story#embargoUntil()};
     *  until then on no public surface (clients entitled to embargoed copy see it marked). */
    SCHEDULED,
    /** Visible on the site, in feeds and to clients. */
    PUBLISHED,
    /** Taken back: gone from lists; its page says it was withdrawn. */
    WITHDRAWN;

    /** Whether readers may see the story's page (a withdrawn one answers with its notice). */
    public boolean isPublic() { return this == PUBLISHED || this == WITHDRAWN; }

    public String wireName() { return name().toLowerCase(java.util.Locale.ROOT); }
}
