package dateline.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.util.regex.Pattern;

/** What the XML feeds share: Rome's output, and text cleaned of what XML cannot carry. */
final class Xml {
    private static final Pattern NOT_XML = Pattern.compile("[^\\u0009\\u000A\\u000D\\u0020-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private Xml() {}

    /** Text without the control characters XML 1.0 forbids (pasted copy has them), which Rome would refuse. */
    static String text(String value) {
        return value == null ? null : NOT_XML.matcher(value).replaceAll("");
    }

    static String output(WireFeed feed) {
        try {
            return new WireFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("feed: unable to write " + feed.getFeedType(), e);
        }
    }
}
