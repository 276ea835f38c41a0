package dateline.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dateline.formats.Json;
import dateline.story.InvalidInput;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** A JSON request body read strictly: an object, only known fields, each of the right type. */
final class RequestJson {
    private final ObjectNode body;

    private RequestJson(ObjectNode body) { this.body = body; }

    /** The body as an object holding only {@code known} fields; 400 naming any other. */
    static RequestJson read(String text, Set<String> known) {
        JsonNode tree;
        try {
            tree = text == null || text.isBlank() ? null : Json.MAPPER.readTree(text);
        } catch (java.io.IOException e) {
            throw new InvalidInput("body: not valid JSON");
        }
        if (!(tree instanceof ObjectNode object)) throw new InvalidInput("body: expected a JSON object");
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) unknown.add(name + ": unknown field");
        }
        if (!unknown.isEmpty()) throw new InvalidInput(unknown);
        return new RequestJson(object);
    }

    boolean has(String field) { return body.has(field); }

    /** A string field; null when absent or null. */
    String text(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) return null;
        if (!node.isTextual()) throw new InvalidInput(field + ": expected a string");
        return node.textValue();
    }

    /** A whole-number field; null when absent or null. */
    Integer integer(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) return null;
        if (!node.isIntegralNumber() || !node.canConvertToInt()) throw new InvalidInput(field + ": expected a whole number");
        return node.intValue();
    }

    /** The {@code version} every change must carry: the one the client read. */
    int version() {
        Integer version = integer("version");
        if (version == null) throw new InvalidInput("version: required, the version of the story you read");
        if (version < 1) throw new InvalidInput("version: from 1, got " + version);
        return version;
    }
}
