package dateline.cli;

import dateline.copy.Block;
import dateline.copy.Dateline;
import dateline.copy.Entity;
import dateline.copy.ParsedCopy;
import dateline.copy.Quote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of a parsed story, named as the gold files of the corpus name their fields
 * (headline, standfirst, dateline {place, date_text, agency}, paragraphs, quotes ...) so a
 * parse and its gold can be read side by side, plus what the parser knows beyond them.
 */
final class CopyJson {
    private CopyJson() {}

    static Map<String, Object> of(ParsedCopy copy) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("headline", copy.headline());
        json.put("standfirst", copy.standfirst());
        json.put("dateline", dateline(copy.dateline()));
        List<String> subheadings = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        for (Block block : copy.blocks()) (block.isParagraph() ? paragraphs : subheadings).add(block.text());
        json.put("subheadings", subheadings);
        json.put("paragraphs", paragraphs);
        json.put("paragraph_count", paragraphs.size());
        json.put("blocks", copy.blocks().stream().map(CopyJson::block).toList());
        json.put("quotes", copy.quotes().stream().map(CopyJson::quote).toList());
        json.put("people", names(copy.people()));
        json.put("places", names(copy.places()));
        json.put("organizations", names(copy.organizations()));
        List<Entity> all = new ArrayList<>(copy.people());
        all.addAll(copy.places());
        all.addAll(copy.organizations());
        json.put("entities", all.stream().map(CopyJson::entity).toList());
        json.put("boilerplate", copy.boilerplate());
        return json;
    }

    private static Map<String, Object> dateline(Dateline dateline) {
        if (dateline == null) return null;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("written", dateline.written());
        json.put("place", dateline.place());
        json.put("date_text", dateline.dateText());
        json.put("date", dateline.date() == null ? null : dateline.date().toString());
        json.put("agency", dateline.agency());
        return json;
    }

    private static Map<String, Object> block(Block block) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", block.kind().name().toLowerCase(java.util.Locale.ROOT));
        json.put("text", block.text());
        return json;
    }

    private static Map<String, Object> quote(Quote quote) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", quote.text());
        json.put("speaker", quote.speaker());
        json.put("speaker_in_text", quote.speakerInText());
        json.put("block", quote.block());
        json.put("start", quote.start());
        return json;
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }

    private static Map<String, Object> entity(Entity entity) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", entity.name());
        json.put("kind", entity.kind().name().toLowerCase(java.util.Locale.ROOT));
        json.put("mentions", entity.mentions().stream()
                .map(m -> Map.of("block", m.block(), "start", m.start(), "end", m.end())).toList());
        return json;
    }
}
