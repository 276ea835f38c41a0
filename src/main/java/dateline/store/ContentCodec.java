package dateline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dateline.story.StoreFailure;
import dateline.story.StoryContent;

/**
 * A story's content as JSON text in one column: its structure (blocks, quotes, entities)
 * changes faster than a schema should, and is always read and written whole.
 *
 * <p>The text has an explicit, numbered shape ({@code "shape": 2}, see {@link ContentShape}).
 * Rows written before shapes were numbered (shape 1, no {@code shape} field) are upgraded on
 * read by {@link ContentShapeOne}. A field or a shape this version does not know fails the read
 * loudly rather than dropping what a newer version stored.
 */
final class ContentCodec {
    static final ObjectMapper JSON = new ObjectMapper();

    private ContentCodec() {}

    static String write(StoryContent content) {
        try {
            return JSON.writeValueAsString(ContentShape.write(content));
        } catch (JsonProcessingException e) {
            throw new StoreFailure("store: unable to encode story content", e);
        }
    }

    static StoryContent read(String json) {
        try {
            JsonNode tree = JSON.readTree(json);
            if (!(tree instanceof ObjectNode object)) throw new ContentShapeError("story content is not a JSON object");
            JsonNode shape = object.get("shape");
            if (shape == null) return ContentShape.read(ContentShapeOne.upgrade(object));
            if (shape.isInt() && shape.intValue() == ContentShape.NUMBER) return ContentShape.read(object);
            throw new ContentShapeError("story content of shape " + shape + " is not known to this version"
                    + " (it reads shapes 1 to " + ContentShape.NUMBER + ")");
        } catch (JsonProcessingException | ContentShapeError e) {
            throw new StoreFailure("store: unable to decode story content: " + e.getMessage(), e);
        }
    }
}
