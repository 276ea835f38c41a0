package dateline.copy.eval;

import dateline.copy.CopyParser;
import dateline.copy.CopyRejected;
import dateline.copy.CopyText;
import dateline.copy.ParsedCopy;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The gate on the parser's scores: each corpus scored through {@code copy.eval} (as
 * {@code eval-copy} scores it) must keep every field at or above its floor. A floor sits a
 * little under the figure reached; raising it is how a gain is locked in, and a rule that
 * costs another set its floor fails here. The shared sets (seed, dev, real) skip with a
 * message when ../shared is absent; the project's own holdout sets always run.
 */
class CorpusFloorsTest {
    /** Field -> floor. Exact-share fields first, then F1s, then the two speaker figures. */
    private static Map<String, Double> floors(double headline, double standfirst, double dateline, double paragraphs,
            double subheadings, double quotes, double people, double places, double organizations,
            double speakerRight, double speakerPrecision) {
        Map<String, Double> floors = new LinkedHashMap<>();
        floors.put("headline exact", headline);
        floors.put("standfirst exact", standfirst);
        floors.put("dateline exact", dateline);
        floors.put("paragraph_count exact", paragraphs);
        floors.put("subheadings F1", subheadings);
        floors.put("quotes F1", quotes);
        floors.put("people F1", people);
        floors.put("places F1", places);
        floors.put("organizations F1", organizations);
        floors.put("speaker right (of quotes found)", speakerRight);
        floors.put("speaker precision (of those given a speaker)", speakerPrecision);
        return floors;
    }

    @Test
    void theSeedStaysExact() throws IOException {
        holds(SharedData.require("corpus/seed"), floors(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
    }

    @Test
    void theDevelopmentSetKeepsItsFloors() throws IOException {
        // Organisations 0.89: the dev gold lists names that occur only as modifiers ("Pentagon
        // spokesman", "a Xinhua reporter"); the real README, which the parser follows, does not.
        holds(SharedData.require("corpus/dev"), floors(1, 1, 1, 1, 1, 0.98, 0.99, 0.97, 0.89, 0.97, 0.99));
    }

    @Test
    void theRealSetKeepsItsFloors() throws IOException {
        holds(SharedData.require("corpus/real"), floors(0.99, 0.99, 0.99, 0.99, 0.99, 0.97, 0.96, 0.95, 0.88, 0.86, 0.98));
    }

    @Test
    void theProjectsOwnHoldoutSetsKeepTheirFloors() throws IOException {
        holds(Path.of("src/test/resources/copy/holdout"), floors(1, 1, 1, 1, 1, 0.99, 0.99, 0.97, 0.96, 0.93, 0.98));
        holds(Path.of("src/test/resources/copy/holdout2"), floors(1, 1, 1, 1, 1, 0.99, 0.99, 0.94, 0.88, 0.94, 0.94));
        holds(Path.of("src/test/resources/copy/holdout3"), floors(1, 1, 1, 1, 1, 0.99, 0.97, 0.98, 0.99, 0.90, 0.93));
    }

    private static void holds(Path dir, Map<String, Double> floors) throws IOException {
        Map<String, Double> figures = figures(score(dir));
        SoftAssertions softly = new SoftAssertions();
        floors.forEach((field, floor) -> softly.assertThat(figures.get(field))
                .as("%s on %s (floor %.2f)", field, dir, floor).isGreaterThanOrEqualTo(floor - 1e-9));
        softly.assertAll();
    }

    private static Map<String, Double> figures(Scorecard card) {
        Map<String, Tally> t = card.totals();
        Map<String, Double> figures = new LinkedHashMap<>();
        for (String field : List.of("headline", "standfirst", "dateline", "paragraph_count")) {
            figures.put(field + " exact", t.get(field).exact());
        }
        for (String field : List.of("subheadings", "quotes", "people", "places", "organizations")) {
            figures.put(field + " F1", t.get(field).measured() ? t.get(field).f1() : 1.0);
        }
        figures.put("speaker right (of quotes found)", t.get("speakers").recall());
        figures.put("speaker precision (of those given a speaker)", t.get("speakers_given").precision());
        return figures;
    }

    private static Scorecard score(Path dir) throws IOException {
        List<Path> golds = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().forEach(golds::add);
        }
        assertThat(golds).as("gold files in %s", dir).isNotEmpty();
        Scorecard card = new Scorecard();
        for (Path gold : golds) {
            String name = gold.getFileName().toString().replace(".gold.json", "");
            ParsedCopy parsed = null;
            String rejection = null;
            try {
                parsed = new CopyParser().parse(CopyText.decode(Files.readAllBytes(gold.resolveSibling(name + ".txt"))));
            } catch (CopyRejected rejected) {
                rejection = rejected.getMessage();
            }
            card.add(name, CopyComparison.compare(GoldCopy.fromJson(Files.readString(gold)), parsed), rejection);
        }
        return card;
    }
}
