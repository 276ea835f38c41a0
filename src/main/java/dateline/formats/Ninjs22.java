package dateline.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;

/**
 * IPTC ninjs 2.2 (http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json), derived from the 3.1
 * document {@link NinjsWriter} makes rather than written a second time, so the two versions
 * can never tell a client different things. 3.0 renamed 2.x's lower-case properties to camel
 * case ({@code versioncreated} became {@code versionCreated}, {@code contenttype}
 * {@code contentType}); the one rename that is more than a change of case is
 * {@code embargoed}, which 3.0 called {@code embargoedUntil}.
 */
final class Ninjs22 {
    static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json";
    private static final Map<String, String> RENAMED = Map.of("embargoedUntil", "embargoed");

    private Ninjs22() {}

    static ObjectNode of(ObjectNode ninjs31) {
        ObjectNode ninjs = (ObjectNode) lowerCased(ninjs31);
        ninjs.putObject("standard").put("name", "ninjs").put("version", "2.2").put("schema", SCHEMA);
        return ninjs;
    }

    private static JsonNode lowerCased(JsonNode node) {
        if (node.isArray()) {
            ArrayNode array = Json.MAPPER.createArrayNode();
            node.forEach(element -> array.add(lowerCased(element)));
            return array;
        }
        if (!node.isObject()) return node;
        ObjectNode object = Json.object();
        node.fields().forEachRemaining(field -> object.set(
                RENAMED.getOrDefault(field.getKey(), field.getKey().toLowerCase(Locale.ROOT)), lowerCased(field.getValue())));
        return object;
    }
}
