package dateline.copy.names;

import dateline.story.Entity;
import java.util.List;
import java.util.Set;

/**
 * The people, places and organisations found in one story, each list in order of first mention.
 * The lists keep the names the story uses only as modifiers ("a Reuters report"), so that a
 * speaker finder can still name the body "a State Department spokesperson" speaks for;
 * {@link #listed()} drops them, as the corpus conventions list no such name.
 */
public record Entities(List<Entity> people, List<Entity> places, List<Entity> organizations, Set<Entity> modifierOnly) {
    public Entities(List<Entity> people, List<Entity> places, List<Entity> organizations) {
        this(people, places, organizations, Set.of());
    }

    public static Entities none() { return new Entities(List.of(), List.of(), List.of()); }

    /** The entities a story lists: without those it names only as modifiers. */
    public Entities listed() {
        if (modifierOnly.isEmpty()) return this;
        return new Entities(without(people), without(places), without(organizations));
    }

    private List<Entity> without(List<Entity> entities) {
        return entities.stream().filter(e -> !modifierOnly.contains(e)).toList();
    }
}
