package dateline.copy.names;

import dateline.copy.lexicon.Oblasts;
import dateline.copy.text.Segment;
import dateline.copy.text.Token;

/**
 * "the Belgorod region", "Ukraine's Kharkiv oblast": a region named after its centre, written
 * with a lower-case "region" after the name, is a place of its own name ("Belgorod region"),
 * as agencies and the corpus conventions give it, apart from the city it is named after.
 */
final class OblastRegions {
    /** The longest region name in the list, in tokens ("Nizhny Novgorod"; "Ivano - Frankivsk"). */
    private static final int LONGEST = 3;

    private OblastRegions() {}

    /** Where the region's name ending the run [a, b) starts, when "region" follows; else -1. */
    static int nameStart(Segment s, int a, int b) {
        Token next = s.token(b);
        if (next == null || !next.word() || next.capitalised() || !Oblasts.isRegionNoun(next.text())) return -1;
        for (int from = Math.max(a, b - LONGEST); from < b; from++) {
            if (Oblasts.isOblast(NameReader.key(s, from, b))) return from;
        }
        return -1;
    }
}
