package dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dateline.SharedData;
import dateline.formats.DatelineJsonSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ParseCommandTest extends CommandTest {
    @TempDir
    Path dir;

    @Test
    void theSeedParsesToTheSchemaOfDatelinesOwnJsonAndTheSpellingOfTheGold() throws IOException {
        Path seed = SharedData.require("corpus/seed/000.txt");

        assertThat(run("parse", "--date", "2020-09-12", seed.toString())).isZero();

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(DatelineJsonSchema.violations(json)).isEmpty();
        assertThat(json.at("/dateline/written").asText()).isEqualTo("WASHINGTON, September 12. /TASS/.");
        assertThat(json.get("quotes")).hasSize(7);
        assertThat(json.at("/quotes/1/speaker_in_text").isTextual()).isTrue();
        assertThat(json.at("/blocks/0/kind").asText()).isEqualTo("paragraph");
    }

    @Test
    void printsTheStoryAsJsonWithTheGoldFieldNames() throws IOException {
        Path story = Files.writeString(dir.resolve("story.txt"),
                "Ferry line opens\n\nMURMANSK, March 3. /TASS/. The line opened on Tuesday.\n\nIt runs all year.");

        int code = run("parse", "--date", "2026-03-04", story.toString());

        assertThat(code).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("headline").asText()).isEqualTo("Ferry line opens");
        assertThat(json.get("standfirst").isNull()).isTrue();
        assertThat(json.at("/dateline/place").asText()).isEqualTo("MURMANSK");
        assertThat(json.at("/dateline/date_text").asText()).isEqualTo("March 3");
        assertThat(json.at("/dateline/date").asText()).isEqualTo("2026-03-03");
        assertThat(json.at("/dateline/agency").asText()).isEqualTo("TASS");
        assertThat(json.get("paragraph_count").asInt()).isEqualTo(2);
        assertThat(json.get("paragraphs")).hasSize(2);
        assertThat(DatelineJsonSchema.violations(json)).isEmpty();
        for (String field : new String[] {"subheadings", "quotes", "people", "places", "organizations", "entities", "boilerplate"}) {
            assertThat(json.get(field).isArray()).as(field).isTrue();
        }
    }

    @Test
    void binaryInputIsRefusedWithTheFileAndLineAndNoStackTrace() throws IOException {
        Path story = Files.write(dir.resolve("image.txt"), new byte[] {'G', 'I', 'F', '\n', 0, 1, 2});

        int code = run("parse", story.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("image.txt").contains("line 2").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMissingFileIsNamedInTheMessage() {
        int code = run("parse", dir.resolve("nope.txt").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("nope.txt").contains("no such file");
    }

    @Test
    void aBadDateIsAUsageError() {
        assertThat(run("parse", "--date", "12/09/2020", "x.txt")).isEqualTo(2);
    }

    @Test
    void aDashReadsTheCopyFromStandardInput() throws IOException {
        ParseCommand command = new ParseCommand();
        command.stdin = new java.io.ByteArrayInputStream(
                "Ferry line opens\n\nMURMANSK (Reuters) - The line opened.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));

        int code = cli.execute("-");

        assertThat(code).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).at("/dateline/agency").asText()).isEqualTo("Reuters");
    }

    @Test
    void emptyStandardInputIsRefusedAsEmptyCopy() {
        ParseCommand command = new ParseCommand();
        command.stdin = new java.io.ByteArrayInputStream(new byte[0]);
        CommandLine cli = new CommandLine(command);
        cli.setErr(new PrintWriter(err));

        assertThat(cli.execute("-")).isEqualTo(1);
        assertThat(err.toString()).contains("standard input: copy is empty");
    }
}
