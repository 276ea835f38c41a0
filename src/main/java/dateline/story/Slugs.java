package dateline.story;

import java.text.Normalizer;
import java.util.Locale;

/** Readable URL words from a headline: "Russia is ready..." becomes "russia-is-ready...". */
public final class Slugs {
    private static final int MAX = 80;

    private Slugs() {}

    public static String of(String headline) {
        String ascii = Normalizer.normalize(headline, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > MAX) slug = slug.substring(0, MAX).replaceAll("-[^-]*$", "");
        return slug.isEmpty() ? "story" : slug;
    }
}
