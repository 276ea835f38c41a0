package dateline.formats;

import dateline.story.Echo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
     * else the most preferred media type of {@code accept} (by q, then by order) that names
     * one, else ninjs.
     *
     * @throws UnknownFormat naming the known formats, when neither names one of them
     */
    public static StoryFormat negotiate(String format, String accept) {
        if (format != null) {
            for (StoryFormat f : values()) if (f.wireName.equals(format)) return f;
            throw new UnknownFormat("format: one of " + names() + ", got " + Echo.of(format));
        }
        if (accept == null || accept.isBlank()) return NINJS;
        for (String type : byPreference(accept)) {
            if (type.equals("*/*") || type.equals("application/*")) return NINJS;
            for (StoryFormat f : values()) if (f.mediaType.equals(type) || f == NEWSML_G2 && f.listMediaType.equals(type)) return f;
        }
        throw new UnknownFormat("Accept: none of " + Echo.of(accept) + " is a format of this API; it serves "
                + Arrays.stream(values()).map(f -> f.mediaType + " (" + f.wireName + ")").collect(Collectors.joining(", ")));
    }

    /** The media types of an Accept header, most preferred first; those of q=0 are refused, so left out. */
    private static List<String> byPreference(String accept) {
        record Range(String type, double q, int order) {}
        List<Range> ranges = new ArrayList<>();
        String[] parts = accept.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] params = parts[i].split(";");
            double q = 1;
            for (int p = 1; p < params.length; p++) {
                String param = params[p].strip().toLowerCase(Locale.ROOT);
                if (param.startsWith("q=")) q = quality(param.substring(2));
            }
            if (q > 0) ranges.add(new Range(params[0].strip().toLowerCase(Locale.ROOT), q, i));
        }
        ranges.sort(Comparator.comparingDouble(Range::q).reversed().thenComparingInt(Range::order));
        return ranges.stream().map(Range::type).toList();
    }

    /** A q value; one that is not a number counts as no preference at all (1), as if absent. */
    private static double quality(String raw) {
        try {
            return Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The names {@code ?format=} takes, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(StoryFormat::wireName).collect(Collectors.joining(", "));
    }
}
