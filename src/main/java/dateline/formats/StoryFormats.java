package dateline.formats;

import com.fasterxml.jackson.databind.JsonNode;
import dateline.story.Story;

/**
 * Writes a story in any {@link StoryFormat}: the one place that knows which writer makes which
 * format, for the stories API and the wire alike.
 */
public final class StoryFormats {
    private final NinjsWriter ninjs;
    private final DatelineJson dateline;

    public StoryFormats(StoryLinks links) {
        this.ninjs = new NinjsWriter(links);
        this.dateline = new DatelineJson(links);
    }

    /** A JSON format's document of the story, to send alone or inside an envelope. */
    public JsonNode json(Story story, StoryFormat format) {
        return switch (format) {
            case NINJS -> ninjs.write(story);
            case DATELINE -> dateline.write(story);
        };
    }

    /** The story's document as text in {@code format}. */
    public String text(Story story, StoryFormat format) {
        return Json.write(json(story, format));
    }
}
