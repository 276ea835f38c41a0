package dateline.copy;

import dateline.story.Entity;
import dateline.story.Quote;

import com.fasterxml.jackson.databind.JsonNode;
import dateline.SharedData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Prints how the quote and entity finders score on the development corpus and the seed, per
 * file and in total (micro-averaged), the way eval-copy scores them. A report, not a gate: the
 * gates are the seed test and the unit tests; run with -Dtest=DevCorpusScoreTest to see it.
 */
class DevCorpusScoreTest {
    private final EntityFinder entityFinder = new EntityFinder(KnownEntities.none());
    private final int[] quotes = new int[3];
    private int speakersRight;
    private final int[][] entityCounts = new int[3][3];

    @Test
    void printsScoresOnTheDevelopmentCorpus() throws Exception {
        Path dev = SharedData.require("corpus/dev");
        List<GoldStory> stories = new ArrayList<>(GoldStory.load(dev));
        stories.addAll(GoldStory.load(SharedData.require("corpus/seed")));
        boolean verbose = Boolean.getBoolean("verbose");
        for (GoldStory story : stories) score(story, verbose);
        System.out.printf(Locale.ROOT, "quotes found P %.3f R %.3f F1 %.3f; speaker right %.3f (%d/%d)%n",
                p(quotes), r(quotes), f1(quotes), speakersRight / (double) Math.max(1, quotes[0]), speakersRight, quotes[0]);
        String[] fields = {"people", "places", "organizations"};
        for (int i = 0; i < 3; i++) {
            System.out.printf(Locale.ROOT, "%-14s P %.3f R %.3f F1 %.3f%n", fields[i], p(entityCounts[i]), r(entityCounts[i]), f1(entityCounts[i]));
        }
    }

    private void score(GoldStory story, boolean verbose) {
        Entities entities = entityFinder.find(story.headline(), story.standfirst(), story.dateline(), story.blocks());
        List<Quote> found = QuoteFinder.find(story.blocks(), entities);
        StringBuilder report = new StringBuilder("== " + story.name() + "\n");
        scoreQuotes(story.gold().path("quotes"), found, report);
        List<List<Entity>> lists = List.of(entities.people(), entities.places(), entities.organizations());
        String[] fields = {"people", "places", "organizations"};
        for (int i = 0; i < 3; i++) scoreNames(i, story.names(fields[i]), lists.get(i), report);
        if (verbose) System.out.print(report);
    }

    private void scoreQuotes(JsonNode gold, List<Quote> found, StringBuilder report) {
        boolean[] used = new boolean[found.size()];
        int matched = 0;
        for (JsonNode g : gold) {
            String text = g.path("text").asText().strip();
            int hit = -1;
            for (int i = 0; i < found.size() && hit < 0; i++) {
                if (!used[i] && found.get(i).text().strip().startsWith(text)) hit = i;
            }
            if (hit < 0) {
                report.append("  MISSED quote: ").append(text).append('\n');
                continue;
            }
            used[hit] = true;
            matched++;
            String want = g.path("speaker").asText();
            String got = found.get(hit).speaker();
            if (want.equalsIgnoreCase(String.valueOf(got))) speakersRight++;
            else report.append("  SPEAKER ").append(got).append(" (").append(found.get(hit).speakerInText())
                    .append(") want ").append(want).append(": ").append(text).append('\n');
        }
        for (int i = 0; i < found.size(); i++) {
            if (!used[i]) report.append("  EXTRA quote: ").append(found.get(i).text(), 0, Math.min(60, found.get(i).text().length())).append('\n');
        }
        quotes[0] += matched;
        quotes[1] += found.size();
        quotes[2] += gold.size();
    }

    private void scoreNames(int field, List<String> gold, List<Entity> found, StringBuilder report) {
        Set<String> want = new HashSet<>();
        gold.forEach(g -> want.add(g.toLowerCase(Locale.ROOT)));
        Set<String> got = new HashSet<>();
        found.forEach(e -> got.add(e.name().toLowerCase(Locale.ROOT)));
        int hits = 0;
        for (String g : got) {
            if (want.contains(g)) hits++;
            else report.append("  EXTRA ").append(field).append(": ").append(g).append('\n');
        }
        for (String w : want) if (!got.contains(w)) report.append("  MISSED ").append(field).append(": ").append(w).append('\n');
        entityCounts[field][0] += hits;
        entityCounts[field][1] += got.size();
        entityCounts[field][2] += want.size();
    }

    private static double p(int[] c) { return c[1] == 0 ? 1 : c[0] / (double) c[1]; }

    private static double r(int[] c) { return c[2] == 0 ? 1 : c[0] / (double) c[2]; }

    private static double f1(int[] c) {
        double p = p(c);
        double r = r(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
