package dateline.copy.layout;

import dateline.copy.lexicon.BundledList;

import java.util.Locale;
import java.util.Set;

/**
 * Indian and Malaysian papers open stories with the place and a colon ({@code Hyderabad: ...}),
 * and so do labels ({@code Update: ...}, {@code Exclusive: ...}). A title-case word before a
 * colon counts as a place unless it is one of the labels editors put there.
 */
public final class PlaceLabels {
    private static final int MAX_WORDS = 3;
    private static final Set<String> LABELS = Set.copyOf(BundledList.section("furniture-lines.txt", "labels before a colon"));

    private PlaceLabels() {}

    /** Up to three title-case words, none of them a label. */
    static boolean mayBePlace(String words) {
        String[] parts = words.split(" ");
        if (parts.length > MAX_WORDS) return false;
        for (String part : parts) {
            if (part.isEmpty() || LABELS.contains(part.toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }
}
