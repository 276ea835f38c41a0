package dateline.story;

/** Section names as readers and clients give them in URLs. */
public final class Sections {
    private Sections() {}

    /** The section asked for, null for all; {@link InvalidInput} for anything that cannot be one. */
    public static String parse(String raw) {
        if (raw == null || raw.isEmpty()) return null;
        if (!raw.matches("[a-z0-9-]{1,40}")) {
            throw new InvalidInput("section: lower-case letters, digits and hyphens, up to 40");
        }
        return raw;
    }
}
