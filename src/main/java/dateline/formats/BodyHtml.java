package dateline.formats;

import dateline.story.Block;
import java.util.List;

/** A story body as minimal, escaped HTML: {@code <p>} paragraphs and {@code <h2>} subheadings. */
final class BodyHtml {
    private BodyHtml() {}

    static String of(List<Block> blocks) {
        StringBuilder html = new StringBuilder();
        for (Block block : blocks) {
            String tag = block.kind() == Block.Kind.SUBHEADING ? "h2" : "p";
            html.append('<').append(tag).append('>').append(escape(block.text())).append("</").append(tag).append(">\n");
        }
        return html.toString();
    }

    /** Words of a body's plain text, as ninjs and NewsML-G2 count them for clients. */
    static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
