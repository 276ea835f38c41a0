package dateline.formats;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dateline.story.Block;
import dateline.story.DatelineInfo;
import dateline.story.Entity;
import dateline.story.Quote;
import dateline.story.Story;
import dateline.story.StoryContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Dateline's own JSON, the one writer of it: everything ninjs has no field for, as the parser
 * and the newsroom know it (the dateline as written and its parts, the blocks, the quotes with
 * their speakers, the entities with their positions). {@code dateline parse} and the API's
 * {@code ?format=dateline} both write it; {@code dateline-story.schema.json} beside this class
 * describes it. One spelling: snake_case, the field names of the corpus's gold files, so that a
 * parse and its gold read side by side.
 */
public final class DatelineJson {
    /** Where the JSON Schema of this format is on the classpath. */
    public static final String SCHEMA = "/dateline/formats/dateline-story.schema.json";

    private final StoryLinks links;

    public DatelineJson(StoryLinks links) { this.links = links; }

    /** A stored story: its identity, version and times, then its content. */
    public ObjectNode write(Story story) {
        ObjectNode json = Json.object();
        json.put("id", story.id());
        json.put("uri", links.uri(story));
        json.put("url", links.page(story.id(), story.slug()));
        json.put("version", story.version());
        json.put("status", story.status().wireName());
        json.put("first_created", story.firstCreated().toString());
        json.put("version_created", story.versionCreated().toString());
        json.put("seq", story.seq());
        json.setAll(content(story.content()));
        return json;
    }

    /** Content alone, as the parser understood a piece of copy (no identity yet). */
    public static ObjectNode content(StoryContent content) {
        ObjectNode json = Json.object();
        json.put("headline", content.headline());
        json.put("standfirst", content.standfirst());
        json.set("dateline", dateline(content.dateline()));
        List<String> subheadings = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        for (Block block : content.blocks()) (block.isParagraph() ? paragraphs : subheadings).add(block.text());
        json.set("subheadings", Json.MAPPER.valueToTree(subheadings));
        json.set("paragraphs", Json.MAPPER.valueToTree(paragraphs));
        json.put("paragraph_count", paragraphs.size());
        ArrayNode blocks = json.putArray("blocks");
        for (Block block : content.blocks())
            blocks.addObject().put("kind", block.kind().name().toLowerCase(Locale.ROOT)).put("text", block.text());
        ArrayNode quotes = json.putArray("quotes");
        for (Quote quote : content.quotes()) quotes.add(quote(quote));
        json.set("people", names(content.people()));
        json.set("places", names(content.places()));
        json.set("organizations", names(content.organizations()));
        ArrayNode entities = json.putArray("entities");
        for (List<Entity> kind : List.of(content.people(), content.places(), content.organizations()))
            for (Entity entity : kind) entities.add(entity(entity));
        json.put("section", content.section());
        json.put("language", content.language());
        json.put("byline", content.byline());
        json.put("slugline", content.slugline());
        json.put("urgency", content.urgency());
        return json;
    }

    private static ObjectNode dateline(DatelineInfo dateline) {
        if (dateline == null) return null;
        return Json.object().put("written", dateline.written()).put("place", dateline.place())
                .put("date_text", dateline.dateText())
                .put("date", dateline.date() == null ? null : dateline.date().toString())
                .put("agency", dateline.agency());
    }

    private static ObjectNode quote(Quote quote) {
        return Json.object().put("text", quote.text()).put("speaker", quote.speaker())
                .put("speaker_in_text", quote.speakerInText()).put("block", quote.block()).put("start", quote.start());
    }

    private static ArrayNode names(List<Entity> entities) {
        ArrayNode names = Json.MAPPER.createArrayNode();
        entities.forEach(e -> names.add(e.name()));
        return names;
    }

    private static ObjectNode entity(Entity entity) {
        ObjectNode json = Json.object().put("name", entity.name())
                .put("kind", entity.kind().name().toLowerCase(Locale.ROOT));
        ArrayNode mentions = json.putArray("mentions");
        for (Entity.Mention m : entity.mentions())
            mentions.addObject().put("block", m.block()).put("start", m.start()).put("end", m.end());
        return json;
    }
}
