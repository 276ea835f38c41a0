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
            // Embargoed copy is usable copy with a time on it, as agencies send it: the embargo
            // field (ninjs embargoedUntil/embargoed, G2 embargoed) says when; "withheld" would tell
            // clients to hold it until further notice, which is not what an embargo means.
            case SCHEDULED -> USABLE;
            // A draft never leaves the newsroom; should one be written, it must not be used.
            case DRAFT -> WITHHELD;
        };
    }

    /** Whether the document carries the text; a kill carries none, so it cannot be used by mistake. */
    boolean carriesBody() { return this != CANCELED; }

    String code() { return name().toLowerCase(java.util.Locale.ROOT); }
}
