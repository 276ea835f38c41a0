package dateline.story;

import java.util.List;

/**
 * A person, place or organisation a story is about, named once in canonical form
 * ("Anatoly Antonov" for every "Antonov"; "United States" for "US").
 */
public record Entity(String name, Kind kind, List<Mention> mentions) {
    public enum Kind { PERSON, PLACE, ORGANIZATION }

    /**
     * Where the entity is named: in the headline (block -2), the standfirst (block -1) or a
     * body block (its index), from {@code start} to {@code end} in that text.
     */
    public record Mention(int block, int start, int end) {
        public static final int HEADLINE = -2;
        public static final int STANDFIRST = -1;
    }
}
