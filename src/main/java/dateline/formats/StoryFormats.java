package dateline.formats;

import com.fasterxml.jackson.databind.JsonNode;
import dateline.story.Story;
import java.time.Clock;
import java.util.List;

/**
 * Writes a story in any {@link StoryFormat}: the one place that knows which writer makes which
 * format, for the stories API and the wire alike.
 */
public final class StoryFormats {
    private final NinjsWriter ninjs;
    private final DatelineJson dateline;
    private final NewsMlG2Writer g2;
    private final Clock clock;

    public StoryFormats(StoryLinks links) { this(links, Clock.systemUTC()); }

    /** {@code clock} stamps when a G2 newsMessage was sent. */
    public StoryFormats(StoryLinks links, Clock clock) {
        this.ninjs = new NinjsWriter(links);
        this.dateline = new DatelineJson(links);
        this.g2 = new NewsMlG2Writer(links);
        this.clock = clock;
    }

    /**
     * A JSON format's document of the story, to send alone or inside an envelope.
     *
     * @throws UnknownFormat for an XML format ({@link StoryFormat#isJson()} is false), which no
     *                       JSON envelope can carry
     */
    public JsonNode json(Story story, StoryFormat format) {
        return switch (format) {
            case NINJS -> ninjs.write(story);
            case NINJS_22 -> Ninjs22.of(ninjs.write(story));
            case DATELINE -> dateline.write(story);
            case NEWSML_G2 -> throw new UnknownFormat("format: " + format.wireName()
                    + " is XML and cannot sit inside a JSON document; ask for one of " + jsonNames());
        };
    }

    /** The story's document as text in {@code format}; send it as {@link StoryFormat#contentType()}. */
    public String text(Story story, StoryFormat format) {
        return format.isJson() ? Json.write(json(story, format)) : g2.item(story);
    }

    /**
     * Stories as one document in {@code format}, newest first, with where the list goes on (or
     * nulls at its end): for JSON formats the envelope {@link StoryListJson}, for NewsML-G2 a
     * newsMessage. Send it as {@link StoryFormat#listContentType()}.
     */
    public String list(List<Story> stories, StoryFormat format, String nextCursor, String nextUrl) {
        if (!format.isJson()) return g2.message(stories, nextUrl, clock.instant());
        List<JsonNode> items = stories.stream().map(story -> json(story, format)).toList();
        return Json.write(StoryListJson.page(items, nextCursor, nextUrl));
    }

    private static String jsonNames() {
        return java.util.Arrays.stream(StoryFormat.values()).filter(StoryFormat::isJson)
                .map(StoryFormat::wireName).collect(java.util.stream.Collectors.joining(", "));
    }
}
