package dateline.story;

/**
 * Finds what a story's text says beyond its words: who is quoted saying what, and which people,
 * places and organisations it is about. The newsroom asks it of every text an editor saves, so
 * a story typed in the newsroom is understood as imported copy is. Implemented over the copy
 * parser in {@code ingest} (the domain does not depend on the parser).
 */
@FunctionalInterface
public interface StructureReader {
    /** Reads nothing: quotes and entities stay as they are (tests of the newsroom's rules). */
    StructureReader NONE = content -> content;

    /** The same content with its quotes and entities found; headline, blocks and fields unchanged. */
    StoryContent read(StoryContent content);
}
