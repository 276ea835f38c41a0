package dateline.store;

import dateline.story.Story;
import java.util.HashMap;
import java.util.Map;

/** The values of a story's row, named as the SQL of {@link StoryWriter} binds them. */
final class StoryColumns {
    private StoryColumns() {}

    static Map<String, Object> of(Story story, String content) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", story.id());
        columns.put("version", story.version());
        columns.put("status", story.status().wireName());
        columns.put("slug", story.slug());
        columns.put("section", story.content().section());
        columns.put("headline", story.content().headline());
        columns.put("standfirst", story.content().standfirst());
        columns.put("place", story.content().dateline() == null ? null : story.content().dateline().place());
        columns.put("firstCreated", story.firstCreated().toEpochMilli());
        columns.put("versionCreated", story.versionCreated().toEpochMilli());
        columns.put("embargoUntil", story.embargoUntil() == null ? null : story.embargoUntil().toEpochMilli());
        columns.put("seq", story.seq());
        columns.put("content", content);
        return columns;
    }
}
