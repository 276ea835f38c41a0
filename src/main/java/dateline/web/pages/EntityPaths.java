package dateline.web.pages;

import dateline.search.EntityKind;
import dateline.story.Slugs;

/** Where an entity's page is: {@code /person/anatoly-antonov}, {@code /place/...}, {@code /org/...}. */
public final class EntityPaths {
    private EntityPaths() {}

    public static String of(EntityKind kind, String slug) {
        return switch (kind) {
            case PERSON -> "/person/" + slug;
            case PLACE -> "/place/" + slug;
            case ORGANISATION -> "/org/" + slug;
        };
    }

    /** The page of a canonical name: its slug is the name lower-cased, words joined by "-". */
    public static String ofName(EntityKind kind, String name) { return of(kind, Slugs.of(name)); }
}
