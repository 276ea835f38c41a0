package dateline.copy.names;

import dateline.story.Entity;
import java.util.List;

/** The people, places and organisations found in one story, each list in order of first mention. */
public record Entities(List<Entity> people, List<Entity> places, List<Entity> organizations) {
    public static Entities none() { return new Entities(List.of(), List.of(), List.of()); }
}
