package dateline.formats;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dateline.story.Entity;
import dateline.story.Story;
import dateline.story.StoryContent;
import java.util.List;

/**
 * A story as IPTC ninjs 3.1 (http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json). The schema
 * allows no property it does not define, so everything else of Dateline's goes in
 * {@link DatelineJson} instead. The body is written as HTML (paragraphs and h2
 * subheadings), the form clients' systems take in. A withdrawn story is a kill: pubStatus
 * {@code canceled} and no body; an embargoed one carries {@code embargoedUntil}.
 * {@link Ninjs22} derives ninjs 2.2 from this document.
 */
public final class NinjsWriter {
    static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json";
    private final StoryLinks links;

    public NinjsWriter(StoryLinks links) { this.links = links; }

    public ObjectNode write(Story story) {
        StoryContent content = story.content();
        PubStatus status = PubStatus.of(story.status());
        ObjectNode ninjs = item(story, status);
        if (content.urgency() != null) ninjs.put("urgency", content.urgency());
        if (content.slugline() != null) ninjs.put("slugline", content.slugline());
        if (content.byline() != null) ninjs.put("by", content.byline());
        ninjs.put("language", content.language());
        ninjs.set("headlines", Json.MAPPER.createArrayNode().add(valued("main", "text/plain", content.headline())));
        if (content.standfirst() != null) {
            ninjs.set("descriptions", Json.MAPPER.createArrayNode().add(valued("summary", "text/plain", content.standfirst())));
        }
        if (status.carriesBody()) ninjs.set("bodies", Json.MAPPER.createArrayNode().add(body(content)));
        if (content.dateline() != null && content.dateline().place() != null) ninjs.put("located", content.dateline().place());
        addEntities(ninjs, "people", content.people());
        addEntities(ninjs, "places", content.places());
        addEntities(ninjs, "organisations", content.organizations());
        ninjs.set("altIds", Json.MAPPER.createArrayNode().add(valued("dateline-id", null, story.id())));
        return ninjs;
    }

    /** What the news item is, which version, and whether and when it may be used. */
    private ObjectNode item(Story story, PubStatus status) {
        ObjectNode ninjs = Json.object();
        ninjs.put("uri", links.uri(story));
        ninjs.putObject("standard").put("name", "ninjs").put("version", "3.1").put("schema", SCHEMA);
        ninjs.put("type", "text");
        ninjs.put("representationType", "full");
        ninjs.put("version", Integer.toString(story.version()));
        ninjs.put("firstCreated", story.firstCreated().toString());
        ninjs.put("versionCreated", story.versionCreated().toString());
        if (story.embargoUntil() != null) ninjs.put("embargoedUntil", story.embargoUntil().toString());
        ninjs.put("pubStatus", status.code());
        return ninjs;
    }

    private ObjectNode body(StoryContent content) {
        ObjectNode body = valued("main", "text/html", BodyHtml.of(content.blocks()));
        String text = content.bodyText();
        body.put("charCount", text.length());
        body.put("wordCount", BodyHtml.words(text));
        return body;
    }

    private static void addEntities(ObjectNode ninjs, String field, List<Entity> entities) {
        if (entities.isEmpty()) return;
        ArrayNode array = ninjs.putArray(field);
        entities.forEach(e -> array.addObject().put("name", e.name()).put("rel", "mentioned"));
    }

    private static ObjectNode valued(String role, String contentType, String value) {
        ObjectNode node = Json.object();
        node.put("role", role);
        if (contentType != null) node.put("contentType", contentType);
        node.put("value", value);
        return node;
    }

}
