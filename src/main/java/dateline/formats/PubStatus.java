package dateline.formats;

import dateline.story.Status;

/**
 * A story's status as IPTC's publishing status (the "stat" NewsCodes, the same three words in
 * ninjs and NewsML-G2): the one mapping every IPTC writer uses, so they never disagree.
 */
enum PubStatus {
    USABLE, WITHHELD, CANCELED;

    static PubStatus of(Status status) {
        return switch (status) {
            case PUBLISHED -> USABLE;
            // A withdrawal is a kill: clients must take the story down, so it goes out canceled.
            case WITHDRAWN -> CANCELED;
            // Embargoed (and, for completeness, draft) copy must not be used yet.
            case SCHEDULED, DRAFT -> WITHHELD;
        };
    }

    /** Whether the document carries the text; a kill carries none, so it cannot be used by mistake. */
    boolean carriesBody() { return this != CANCELED; }

    String code() { return name().toLowerCase(java.util.Locale.ROOT); }
}
