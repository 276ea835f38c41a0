package dateline.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the fields of one stored JSON object and, at {@link #done()}, fails on any field that
 * was not read: a field this version does not know is data it would otherwise lose silently.
 */
final class StrictObject {
    private final ObjectNode node;
    private final String where;
    private final Set<String> read = new HashSet<>();

    StrictObject(JsonNode node, String where) {
        if (!(node instanceof ObjectNode object)) throw new ContentShapeError(where + ": expected an object");
        this.node = object;
        this.where = where;
    }

    String text(String field) {
        JsonNode value = field(field);
        if (value == null || value.isNull()) return null;
        if (!value.isTextual()) throw new ContentShapeError(where + "." + field + ": expected text");
        return value.textValue();
    }

    String requiredText(String field) {
        String value = text(field);
        if (value == null) throw new ContentShapeError(where + "." + field + ": missing");
        return value;
    }

    int integer(String field) {
        JsonNode value = field(field);
        if (value == null || !value.isInt()) throw new ContentShapeError(where + "." + field + ": expected an integer");
        return value.intValue();
    }

    JsonNode nullable(String field) {
        JsonNode value = field(field);
        return value == null || value.isNull() ? null : value;
    }

    <T> List<T> list(String field, Function<StrictObject, T> item) {
        JsonNode value = field(field);
        if (value == null || value.isNull()) return List.of();
        if (!value.isArray()) throw new ContentShapeError(where + "." + field + ": expected an array");
        List<T> items = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            StrictObject object = new StrictObject(value.get(i), where + "." + field + "[" + i + "]");
            items.add(item.apply(object));
            object.done();
        }
        return items;
    }

    /** Fails when the object holds a field nobody read. */
    void done() {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!read.contains(name)) throw new ContentShapeError(where + ": unknown field \"" + name + "\"");
        }
    }

    private JsonNode field(String name) {
        read.add(name);
        return node.get(name);
    }
}
