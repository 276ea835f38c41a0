package dateline.copy.names;

import dateline.copy.lexicon.BundledList;

import java.util.Set;

/** Heads of land features that carry the short name of the same place: "Gaza Strip", "Sinai Peninsula". */
final class PlaceFeatures {
    private static final Set<String> HEADS = Set.copyOf(BundledList.section("name-words.txt", "place features"));

    private PlaceFeatures() {}

    static boolean isFeature(String head) { return HEADS.contains(head); }
}
