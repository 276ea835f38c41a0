package dateline.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dateline.formats.Json;
import dateline.formats.StoryFormat;
import dateline.formats.StoryFormats;
import dateline.formats.UnknownFormat;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The wire's one shape of a change, the same on the pull API, the stream and webhooks:
 * {@code {"seq": n, "action": "publish", "ninjs": {...}}}, the document under {@code ninjs} for
 * the ninjs formats and under the format's own name for the others ({@code dateline}).
 */
public final class WireJson {
    private final StoryFormats formats;

    public WireJson(StoryFormats formats) { this.formats = formats; }

    /** The format a stream or webhook asks for: a JSON one, which the envelope can carry. */
    public static StoryFormat negotiate(String format, String accept) {
        StoryFormat chosen = StoryFormat.negotiate(format, accept == null || accept.contains("text/event-stream") ? null : accept);
        if (!chosen.isJson()) {
            throw new UnknownFormat("format: the wire serves " + Arrays.stream(StoryFormat.values())
                    .filter(StoryFormat::isJson).map(StoryFormat::wireName).collect(Collectors.joining(", "))
                    + ", got " + chosen.wireName());
        }
        return chosen;
    }

    /** The key the document sits under. */
    public static String documentKey(StoryFormat format) {
        return format.wireName().startsWith("ninjs") ? "ninjs" : format.wireName();
    }

    public ObjectNode change(WireChange change, StoryFormat format) {
        ObjectNode node = Json.object();
        node.put("seq", change.seq());
        node.put("action", change.action());
        node.set(documentKey(format), formats.json(change.story(), format));
        return node;
    }

    /** The change as UTF-8 JSON, written once per format however many clients take it. */
    public byte[] bytes(WireChange change, StoryFormat format) {
        return change.rendered(format, c -> Json.write(change(c, format)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A page of the pull API in NewsML-G2: one newsMessage of the changes' items in sequence order
     * (a withdrawal is its kill, pubStatus canceled), whose header links {@code next}. G2 has no
     * field for the action; each item's version and status say what the change did.
     */
    public byte[] g2Page(List<WireChange> changes, String next) {
        List<dateline.story.Story> stories = changes.stream().map(WireChange::story).toList();
        return formats.list(stories, StoryFormat.NEWSML_G2, null, next).getBytes(StandardCharsets.UTF_8);
    }

    /** A page of the pull API: {@code {"changes": [...], "next": URL}}. */
    public byte[] page(List<WireChange> changes, StoryFormat format, String next) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + changes.size() * 2048);
        out.writeBytes("{\"changes\":[".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < changes.size(); i++) {
            if (i > 0) out.write(',');
            out.writeBytes(bytes(changes.get(i), format));
        }
        out.writeBytes(("],\"next\":" + Json.write(next) + "}").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
