package dateline.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The envelope of a page of stories in the API, whatever the format of its items:
 * {@code {"items":[...], "next": cursor, "nextUrl": url}}, camelCase as ninjs is.
 */
public final class StoryListJson {
    private StoryListJson() {}

    public static ObjectNode page(List<? extends JsonNode> items, String nextCursor, String nextUrl) {
        ObjectNode page = Json.object();
        page.putArray("items").addAll(items);
        page.put("next", nextCursor);
        page.put("nextUrl", nextUrl);
        return page;
    }

    /**
     * The same envelope around items that are already JSON text (each a story's document as the
     * one-story answer has it), so a page is joined from documents written once, not rewritten.
     */
    public static byte[] joined(List<byte[]> items, String nextCursor, String nextUrl) {
        int size = 48 + (nextUrl == null ? 0 : 2 * nextUrl.length());
        for (byte[] item : items) size += item.length + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes(ascii("{\"items\":["));
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) out.write(',');
            out.writeBytes(items.get(i));
        }
        out.writeBytes(ascii("],\"next\":" + Json.write(nextCursor) + ",\"nextUrl\":" + Json.write(nextUrl) + "}"));
        return out.toByteArray();
    }

    private static byte[] ascii(String text) { return text.getBytes(StandardCharsets.UTF_8); }
}
