package dateline.copy;

import dateline.story.DatelineInfo;
import dateline.story.Block;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A corpus story with its gold annotation, split the way the gold describes it (blank-line
 * blocks; headline, standfirst, subheadings and boilerplate as the gold names them), so the
 * quote and entity finders can be scored before the structure parser exists.
 */
record GoldStory(String name, String headline, String standfirst, DatelineInfo dateline, List<Block> blocks, JsonNode gold) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATELINE = Pattern.compile(
            "^(.{1,80}?(?:/[A-Za-z]+/\\.|\\([A-Za-z]+\\)\\s*(?:--|-|—)|\\s(?:--|—|-)|:))\\s");

    static List<GoldStory> load(Path dir) throws IOException {
        List<GoldStory> stories = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path gold : files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList()) {
                String base = gold.getFileName().toString().replace(".gold.json", "");
                stories.add(of(base, Files.readString(gold.resolveSibling(base + ".txt"), StandardCharsets.UTF_8),
                        JSON.readTree(gold.toFile())));
            }
        }
        return stories;
    }

    static GoldStory of(String name, String text, JsonNode gold) {
        String headline = gold.path("headline").isNull() ? null : gold.path("headline").asText();
        String standfirst = gold.path("standfirst").isNull() ? null : gold.path("standfirst").asText();
        Set<String> skip = new HashSet<>();
        gold.path("boilerplate").forEach(b -> skip.add(b.asText().strip()));
        Set<String> subheadings = new HashSet<>();
        gold.path("subheadings").forEach(b -> subheadings.add(b.asText().strip()));
        List<Block> blocks = new ArrayList<>();
        for (String part : text.split("\n\\s*\n")) {
            // Flattened bodies separate paragraphs by two spaces; other blocks may contain "  --  ".
            for (String piece : part.length() > 400 && !part.contains("\n") ? part.split("  ") : new String[] {part}) {
                String p = piece.strip();
                if (p.isEmpty() || skip.contains(p) || p.equals(headline == null ? null : headline.strip())
                        || p.equals(standfirst == null ? null : standfirst.strip())) continue;
                blocks.add(subheadings.contains(p) ? Block.subheading(p) : Block.paragraph(p));
            }
        }
        return new GoldStory(name, headline, standfirst, dateline(gold, blocks), blocks, gold);
    }

    private static DatelineInfo dateline(JsonNode gold, List<Block> blocks) {
        JsonNode d = gold.path("dateline");
        if (d.isNull() || d.isMissingNode() || blocks.isEmpty()) return null;
        Matcher m = DATELINE.matcher(blocks.get(0).text());
        if (!m.find()) return null;
        return new DatelineInfo(m.group(1), d.path("place").asText(), null, null, d.path("agency").asText(null));
    }

    List<String> names(String field) {
        List<String> names = new ArrayList<>();
        gold.path(field).forEach(n -> names.add(n.asText()));
        return names;
    }
}
