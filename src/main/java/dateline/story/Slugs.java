package dateline.story;

import java.text.Normalizer;
import java.util.Locale;

/** Readable URL words from a headline: "Russia is ready..." becomes "russia-is-ready...". */
public final class Slugs {
    private static final int MAX = 80;

    private Slugs() {}

    public static String of(String headline) {
        String ascii = Normalizer.normalize(fold(headline), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > MAX) slug = slug.substring(0, MAX).replaceAll("-[^-]*$", "");
        return slug.isEmpty() ? "story" : slug;
    }

    /** Letters that no Unicode decomposition turns into ASCII, spelled as their languages do. */
    private static String fold(String text) {
        return text.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae")
                .replace("ß", "ss").replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L")
                .replace("œ", "oe").replace("Œ", "Oe").replace("þ", "th").replace("Þ", "Th");
    }
}
