package dateline.store;

import dateline.story.StoreFailure;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dateline.story.StoryContent;

/**
 * A story's content as JSON text in one column: its structure (blocks, quotes, entities)
 * changes faster than a schema should, and is always read and written whole.
 */
final class ContentCodec {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ContentCodec() {}

    static String write(StoryContent content) {
        try {
            return JSON.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new StoreFailure("store: unable to encode story content", e);
        }
    }

    static StoryContent read(String json) {
        try {
            return JSON.readValue(json, StoryContent.class);
        } catch (JsonProcessingException e) {
            throw new StoreFailure("store: unable to decode story content", e);
        }
    }
}
