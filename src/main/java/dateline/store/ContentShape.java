package dateline.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dateline.story.Block;
import dateline.story.DatelineInfo;
import dateline.story.Entity;
import dateline.story.Quote;
import dateline.story.StoryContent;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Shape 2 of stored content, written field by field so that renaming a record component in
 * {@code story} cannot change what is on disk:
 * <pre>
 * {"shape":2, "headline", "standfirst", "section", "language", "byline", "slugline", "urgency",
 *  "dateline": {"written","place","date_text","date","agency"} | null,
 *  "blocks": [{"kind":"paragraph"|"subheading","text"}],
 *  "quotes": [{"text","speaker","speaker_in_text","block","start"}],
 *  "people"|"places"|"organizations": [{"name","mentions":[{"block","start","end"}]}]}
 * </pre>
 */
final class ContentShape {
    static final int NUMBER = 2;

    private ContentShape() {}

    static ObjectNode write(StoryContent content) {
        ObjectNode json = ContentCodec.JSON.createObjectNode();
        json.put("shape", NUMBER);
        json.put("headline", content.headline());
        json.put("standfirst", content.standfirst());
        json.put("section", content.section());
        json.put("language", content.language());
        json.put("byline", content.byline());
        json.put("slugline", content.slugline());
        json.put("urgency", content.urgency());
        DatelineInfo dateline = content.dateline();
        if (dateline == null) json.putNull("dateline");
        else json.putObject("dateline").put("written", dateline.written()).put("place", dateline.place())
                .put("date_text", dateline.dateText())
                .put("date", dateline.date() == null ? null : dateline.date().toString())
                .put("agency", dateline.agency());
        ArrayNode blocks = json.putArray("blocks");
        for (Block block : content.blocks())
            blocks.addObject().put("kind", block.kind().name().toLowerCase(Locale.ROOT)).put("text", block.text());
        ArrayNode quotes = json.putArray("quotes");
        for (Quote quote : content.quotes())
            quotes.addObject().put("text", quote.text()).put("speaker", quote.speaker())
                    .put("speaker_in_text", quote.speakerInText()).put("block", quote.block()).put("start", quote.start());
        writeEntities(json.putArray("people"), content.people());
        writeEntities(json.putArray("places"), content.places());
        writeEntities(json.putArray("organizations"), content.organizations());
        return json;
    }

    private static void writeEntities(ArrayNode array, List<Entity> entities) {
        for (Entity entity : entities) {
            ObjectNode json = array.addObject().put("name", entity.name());
            ArrayNode mentions = json.putArray("mentions");
            for (Entity.Mention m : entity.mentions())
                mentions.addObject().put("block", m.block()).put("start", m.start()).put("end", m.end());
        }
    }

    static StoryContent read(ObjectNode json) {
        StrictObject root = new StrictObject(json, "content");
        root.integer("shape");
        StoryContent content = new StoryContent(root.text("headline"), root.text("standfirst"),
                dateline(root), root.list("blocks", ContentShape::block), root.list("quotes", ContentShape::quote),
                root.list("people", e -> entity(e, Entity.Kind.PERSON)),
                root.list("places", e -> entity(e, Entity.Kind.PLACE)),
                root.list("organizations", e -> entity(e, Entity.Kind.ORGANIZATION)),
                root.text("section"), root.text("language"), root.text("byline"), root.text("slugline"),
                urgency(root));
        root.done();
        return content;
    }

    private static Integer urgency(StrictObject root) {
        var node = root.nullable("urgency");
        if (node == null) return null;
        if (!node.isInt()) throw new ContentShapeError("content.urgency: expected an integer");
        return node.intValue();
    }

    private static DatelineInfo dateline(StrictObject root) {
        var node = root.nullable("dateline");
        if (node == null) return null;
        StrictObject d = new StrictObject(node, "content.dateline");
        String date = d.text("date");
        DatelineInfo dateline = new DatelineInfo(d.requiredText("written"), d.text("place"), d.text("date_text"),
                date == null ? null : LocalDate.parse(date), d.text("agency"));
        d.done();
        return dateline;
    }

    private static Block block(StrictObject b) {
        String kind = b.requiredText("kind");
        return switch (kind) {
            case "paragraph" -> Block.paragraph(b.requiredText("text"));
            case "subheading" -> Block.subheading(b.requiredText("text"));
            default -> throw new ContentShapeError("content.blocks: unknown kind \"" + kind + "\"");
        };
    }

    private static Quote quote(StrictObject q) {
        return new Quote(q.requiredText("text"), q.text("speaker"), q.text("speaker_in_text"),
                q.integer("block"), q.integer("start"));
    }

    private static Entity entity(StrictObject e, Entity.Kind kind) {
        return new Entity(e.requiredText("name"), kind, e.list("mentions",
                m -> new Entity.Mention(m.integer("block"), m.integer("start"), m.integer("end"))));
    }
}
