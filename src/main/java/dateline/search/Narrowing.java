package dateline.search;

import dateline.story.InvalidInput;

/** The query clause that narrows a search to one facet value (the syntax a reader could type). */
final class Narrowing {
    private Narrowing() {}

    static String clause(String dimension, String value) {
        String quoted = "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return switch (dimension) {
            case StoryDocument.PEOPLE -> "person:" + quoted;
            case StoryDocument.PLACES -> "place:" + quoted;
            case StoryDocument.ORGANISATIONS -> "org:" + quoted;
            case StoryDocument.SECTION -> "section:" + quoted;
            case StoryDocument.MONTH -> {
                if (!value.matches("\\d{4}-\\d{2}")) throw new InvalidInput("month: YYYY-MM, got " + value);
                yield "updated:" + value;
            }
            default -> throw new InvalidInput("facet: one of " + String.join(", ", FacetReader.DIMENSIONS) + ", got " + dimension);
        };
    }
}
