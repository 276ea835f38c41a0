package dateline.story;

/** Section names as readers and clients give them in URLs. */
public final class Sections {
    private static final java.util.List<String> KNOWN = known("/dateline/story/sections.txt");

    private Sections() {}

    /** The desks a newsroom story may be filed to, in the order of the list. */
    public static java.util.List<String> known() { return KNOWN; }

    private static java.util.List<String> known(String resource) {
        try (var in = Sections.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The section asked for, null for all; {@link InvalidInput} for anything that cannot be one. */
    public static String parse(String raw) {
        if (raw == null || raw.isEmpty()) return null;
        if (!raw.matches("[a-z0-9-]{1,40}")) {
            throw new InvalidInput("section: lower-case letters, digits and hyphens, up to 40");
        }
        return raw;
    }
}
