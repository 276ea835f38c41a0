package dateline.ingest;

/**
 * A file name as the import's output shows it: in double quotes, with quotes, backslashes and
 * every control or invisible formatting character escaped, so that no name (one with a newline
 * in it, say) can forge a line of the summary or hide what it is.
 */
public final class Quoted {
    private Quoted() {}

    public static String name(String name) {
        StringBuilder out = new StringBuilder(name.length() + 2).append('"');
        name.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    int type = Character.getType(c);
                    boolean hidden = Character.isISOControl(c) || type == Character.FORMAT
                            || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
                    if (hidden) out.append(String.format("\\u%04x", c));
                    else out.appendCodePoint(c);
                }
            }
        });
        return out.append('"').toString();
    }
}
