package dateline.formats;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The formats a story is delivered in, on {@code /api/v1/stories} and on the wire, chosen by
 * {@code ?format=} or, failing that, the Accept header.
 */
public enum StoryFormat {
    /** IPTC ninjs 3.1, the default. */
    NINJS("ninjs", "application/json"),
    /** Dateline's own JSON: everything ninjs has no field for ({@link DatelineJson}). */
    DATELINE("dateline", "application/vnd.dateline+json");

    private final String wireName;
    private final String mediaType;

    StoryFormat(String wireName, String mediaType) {
        this.wireName = wireName;
        this.mediaType = mediaType;
    }

    public String wireName() { return wireName; }

    public String mediaType() { return mediaType; }

    public boolean isJson() { return mediaType.endsWith("json"); }

    /**
     * The format a request asks for: {@code format} when given (exactly one of the names),
     * else the first media type of {@code accept} that names one, else ninjs.
     *
     * @throws UnknownFormat naming the known formats, when neither names one of them
     */
    public static StoryFormat negotiate(String format, String accept) {
        if (format != null) {
            for (StoryFormat f : values()) if (f.wireName.equals(format)) return f;
            throw new UnknownFormat("format: one of " + names() + ", got " + Clip.of(format));
        }
        if (accept == null || accept.isBlank()) return NINJS;
        for (String range : accept.split(",")) {
            String type = range.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (type.equals("*/*") || type.equals("application/*")) return NINJS;
            for (StoryFormat f : values()) if (f.mediaType.equals(type)) return f;
        }
        throw new UnknownFormat("Accept: none of " + Clip.of(accept) + " is a format of this API; it serves "
                + Arrays.stream(values()).map(f -> f.mediaType + " (" + f.wireName + ")").collect(Collectors.joining(", ")));
    }

    /** The names {@code ?format=} takes, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(StoryFormat::wireName).collect(Collectors.joining(", "));
    }

    /** Asked-for text echoed in a message, cut so that a huge parameter is not sent back whole. */
    private static final class Clip {
        static String of(String text) { return text.length() <= 80 ? text : text.substring(0, 80) + "..."; }
    }
}
