package dateline.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * Shape 1: what the first release stored, Jackson's default writing of the records (camelCase
 * {@code dateText} and {@code speakerInText}, upper-case kinds, a derived {@code paragraph} flag
 * on blocks and a {@code kind} on entities). Upgraded in memory to shape 2; rows are not
 * rewritten, so a database stays readable by the release that wrote it.
 */
final class ContentShapeOne {
    private ContentShapeOne() {}

    static ObjectNode upgrade(ObjectNode one) {
        ObjectNode two = one.deepCopy();
        two.put("shape", ContentShape.NUMBER);
        if (two.get("dateline") instanceof ObjectNode dateline) rename(dateline, "dateText", "date_text");
        for (JsonNode block : two.path("blocks")) {
            if (!(block instanceof ObjectNode b)) continue;
            b.remove("paragraph");
            if (b.path("kind").isTextual()) b.put("kind", b.get("kind").textValue().toLowerCase(Locale.ROOT));
        }
        for (JsonNode quote : two.path("quotes"))
            if (quote instanceof ObjectNode q) rename(q, "speakerInText", "speaker_in_text");
        for (String list : new String[] {"people", "places", "organizations"})
            for (JsonNode entity : two.path(list))
                if (entity instanceof ObjectNode e) e.remove("kind");
        return two;
    }

    private static void rename(ObjectNode node, String from, String to) {
        if (node.has(from)) node.set(to, node.remove(from));
    }
}
