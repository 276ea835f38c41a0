package dateline.copy.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-made annotation of one piece of copy, as the corpus's {@code NN.gold.json} files
 * hold it: what the parser should find. Read from JSON text, so it stays free of I/O.
 */
public record GoldCopy(
        String headline,
        String standfirst,
        GoldDateline dateline,
        List<String> subheadings,
        int paragraphCount,
        List<GoldQuote> quotes,
        List<String> people,
        List<String> places,
        List<String> organizations,
        List<String> boilerplate,
        String notes) {

    /** The dateline's three parts as printed, each possibly null. */
    public record GoldDateline(String place, String dateText, String agency) {}

    /** A quote's opening words (at most 60 characters), its speaker, and the attributing words. */
    public record GoldQuote(String text, String speaker, String speakerInText) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    /** @throws IllegalArgumentException when the text is not a gold annotation */
    public static GoldCopy fromJson(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) throw new IllegalArgumentException("not a JSON object");
        if (!root.has("paragraph_count")) throw new IllegalArgumentException("no paragraph_count: not a gold annotation");
        return new GoldCopy(text(root, "headline"), text(root, "standfirst"), dateline(root.get("dateline")),
                texts(root, "subheadings"), root.get("paragraph_count").asInt(), quotes(root.get("quotes")),
                texts(root, "people"), texts(root, "places"), texts(root, "organizations"),
                texts(root, "boilerplate"), text(root, "notes"));
    }

    private static GoldDateline dateline(JsonNode node) {
        if (node == null || node.isNull()) return null;
        return new GoldDateline(text(node, "place"), text(node, "date_text"), text(node, "agency"));
    }

    private static List<GoldQuote> quotes(JsonNode node) {
        List<GoldQuote> quotes = new ArrayList<>();
        if (node == null) return quotes;
        for (JsonNode quote : node) {
            quotes.add(new GoldQuote(text(quote, "text"), text(quote, "speaker"), text(quote, "speaker_in_text")));
        }
        return quotes;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> texts(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        JsonNode array = node.get(field);
        if (array != null) array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
