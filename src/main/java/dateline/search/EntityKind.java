package dateline.search;

/** What an entity page is about, with the fields that find its stories. */
public enum EntityKind {
    PERSON(StoryDocument.PERSON), PLACE(StoryDocument.PLACE), ORGANISATION(StoryDocument.ORG);

    final String field;

    EntityKind(String field) {
        this.field = field;
    }

    /** The field of its slugs: the canonical name lower-cased, words joined by "-". */
    String slugField() { return field + "_slug"; }
}
