package dateline.copy.lexicon;

import dateline.copy.names.Entities;

import dateline.story.Entity;
import java.util.List;

/**
 * Entities the archive has already confirmed (tags editors kept), handed to the parser so that
 * recognition improves with use. Immutable; build a new one when the archive grows.
 */
public final class KnownEntities {
    private static final KnownEntities NONE = new KnownEntities(List.of());
    private final List<Entity> entities;

    private KnownEntities(List<Entity> entities) { this.entities = List.copyOf(entities); }

    public static KnownEntities none() { return NONE; }

    public static KnownEntities of(List<Entity> entities) { return new KnownEntities(entities); }

    public List<Entity> entities() { return entities; }
}
