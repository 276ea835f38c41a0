package dateline.copy.names;

import dateline.copy.lexicon.BundledList;

import dateline.story.Entity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Company names written again without their legal suffix: after "Harlow Metals Corp" the story
 * says "Harlow Metals said". Read alone, such a run may split into a known place and a stray word
 * ("Harlow" a town, "Metals" a person); joined, the pieces are the company.
 */
public final class ShortCompanyNames {
    private static final Set<String> SUFFIXES = Set.copyOf(BundledList.section("name-words.txt", "legal forms"));

    /** How many pieces of one run are joined at most: short names have few words. */
    private static final int PIECES = 3;

    private ShortCompanyNames() {}

    static List<Candidate> join(List<Candidate> candidates) {
        Map<String, String> full = new HashMap<>();
        for (Candidate c : candidates) {
            String name = c.canonical();
            int space = name.lastIndexOf(' ');
            if (c.kind() == Entity.Kind.ORGANIZATION && space > 0 && SUFFIXES.contains(name.substring(space + 1))) {
                String shortName = name.substring(0, space);
                // "Eli Lilly & Co.": the short name drops the ampersand with the legal form.
                if (shortName.endsWith(" &")) shortName = shortName.substring(0, shortName.length() - 2);
                full.putIfAbsent(shortName, name);
            }
        }
        if (full.isEmpty()) return candidates;
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            int joined = joinedEnd(candidates, i, full);
            if (joined < 0) {
                out.add(candidates.get(i));
                continue;
            }
            Candidate first = candidates.get(i);
            Candidate last = candidates.get(joined);
            String shortName = first.segment().span(first.from(), last.to());
            out.add(new Candidate(first.segment(), first.from(), last.to(), Entity.Kind.ORGANIZATION,
                    full.get(shortName), false, Set.of(), null));
            i = joined;
        }
        return out;
    }

    /**
     * The last of one to three touching pieces from i that together print a short company name, or
     * -1: "Eli Lilly" read alone as a person, or "Amylin Pharmaceuticals" without its "Inc.", is the company.
     */
    private static int joinedEnd(List<Candidate> candidates, int i, Map<String, String> full) {
        Candidate first = candidates.get(i);
        if (full.containsKey(first.printed())) return i;
        for (int j = i + 1; j < candidates.size() && j < i + PIECES; j++) {
            Candidate prev = candidates.get(j - 1);
            Candidate next = candidates.get(j);
            if (next.segment() != first.segment() || next.from() != prev.to()) return -1;
            if (full.containsKey(first.segment().span(first.from(), next.to()))) return j;
        }
        return -1;
    }
}
