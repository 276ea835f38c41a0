package dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dateline.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCopyCommandTest extends CommandTest {
    @TempDir
    Path dir;



    /** A corpus of one story whose gold says three paragraphs where the copy has two. */
    private void writeCorpus() throws IOException {
        Files.writeString(dir.resolve("01.txt"),
                "Ferry line opens\n\nMURMANSK, March 3. /TASS/. The line opened on Tuesday.\n\nIt runs all year.");
        Files.writeString(dir.resolve("01.gold.json"), """
                {"headline": "Ferry line opens", "standfirst": null,
                 "dateline": {"place": "MURMANSK", "date_text": "March 3", "agency": "TASS"},
                 "subheadings": [], "paragraph_count": 3, "quotes": [],
                 "people": [], "places": ["Murmansk"], "organizations": [], "boilerplate": [], "notes": ""}
                """);
    }

    @Test
    void printsATableRowPerFieldAndASummaryLine() throws IOException {
        writeCorpus();

        int code = run("eval-copy", dir.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("field", "precision", "recall", "F1")
                .containsPattern("headline\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+1\\.000")
                .containsPattern("dateline\\s+1\\.000")
                .containsPattern("paragraph_count\\s+0\\.000")
                .contains("summary: 1 documents; exact: headline 1.00, standfirst 1.00, dateline 1.00, paragraph_count 0.00");
    }

    @Test
    void printsTheSameFiguresAsJsonWithProblemsWhenVerbose() throws IOException {
        writeCorpus();

        int code = run("eval-copy", "--json", "--verbose", dir.toString());

        assertThat(code).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("documents").asInt()).isEqualTo(1);
        assertThat(json.get("fields").get(0).get("field").asText()).isEqualTo("headline");
        assertThat(json.get("fields").get(0).get("f1").asDouble()).isEqualTo(1.0);
        assertThat(json.at("/problems/01").toString()).contains("paragraph_count: expected \\\"3\\\", found \\\"2\\\"");
    }

    @Test
    void aFolderWithoutGoldFilesIsAnError() {
        int code = run("eval-copy", dir.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("no *.gold.json files");
    }

    @Test
    void theDevelopmentCorpusMeetsTheStructureTargets() throws IOException {
        Path dev = SharedData.require("corpus/dev");

        int code = run("eval-copy", "--json", dev.toString());

        assertThat(code).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        for (JsonNode row : json.get("fields")) {
            String field = row.get("field").asText();
            if (field.equals("headline") || field.equals("standfirst") || field.startsWith("dateline")) {
                assertThat(row.get("exact").asDouble()).as(field).isGreaterThanOrEqualTo(0.97);
            }
        }
    }
}
