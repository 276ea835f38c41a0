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
    NINJS("ninjs", "application/json", "application/json"),
    /**
     * IPTC ninjs 2.2, for clients not yet on 3.x. IANA registers no media type for ninjs, so
     * asking for it by Accept takes a vendor type of Dateline's; it is sent as plain JSON.
     */
    NINJS_22("ninjs-2.2", "application/vnd.dateline.ninjs-2.2+json", "application/json"),
    /**
     * IPTC NewsML-G2 2.35: one story is a newsItem, a list of them a newsMessage; the media
     * types are the ones IPTC registered with IANA.
     */
    NEWSML_G2("newsml-g2", "application/vnd.iptc.g2.newsitem+xml", "application/vnd.iptc.g2.newsmessage+xml"),
    /** Dateline's own JSON: everything ninjs has no field for ({@link DatelineJson}). */
    DATELINE("dateline", "application/vnd.dateline+json", "application/json");

    private final String wireName;
    private final String mediaType;
    private final String listMediaType;

    StoryFormat(String wireName, String mediaType, String listMediaType) {
        this.wireName = wireName;
        this.mediaType = mediaType;
        this.listMediaType = listMediaType;
    }

    public String wireName() { return wireName; }

    /** The media type that asks for one story in this format (Accept). */
    public String mediaType() { return mediaType; }

    /** The media type of a list of stories in this format: a JSON envelope, or a G2 newsMessage. */
    public String listMediaType() { return listMediaType; }

    /** Whether a document of this format is JSON, and so can sit inside a JSON envelope. */
    public boolean isJson() { return this != NEWSML_G2; }

    /** The Content-Type to send one story with. */
    public String contentType() {
        return (isJson() ? "application/json" : mediaType) + "; charset=utf-8";
    }

    /** The Content-Type to send a list of stories with. */
    public String listContentType() { return listMediaType + "; charset=utf-8"; }

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
            for (StoryFormat f : values()) if (f.mediaType.equals(type) || f == NEWSML_G2 && f.listMediaType.equals(type)) return f;
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
