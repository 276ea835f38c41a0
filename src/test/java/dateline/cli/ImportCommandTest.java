package dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dateline.SharedData;
import dateline.story.Block;
import dateline.story.Story;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportCommandTest extends StoreCommandTest {
    private static final String COPY = """
            All news
            Updated at:\u00a0

            Ferry line to the islands opens for the winter

            The operator expects 300 passengers a day

            TROMSØ, March 3. /DTL/. A new ferry line to the outer islands opened on Tuesday, the operator said.

            "We will sail every day the ice allows," captain Ola Berg said.
            """;

    private Path write(String name, String text) throws IOException {
        Files.createDirectories(dir.resolve("copy"));
        return Files.writeString(dir.resolve("copy").resolve(name), text);
    }

    @Test
    void importingCopyStoresAPublishedStoryWithItsStructure() throws IOException {
        Path file = write("ferry.txt", COPY);

        int code = run("import", "--section=world", "--date=2026-03-04", file.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("imported 1, updated 0, unchanged 0, rejected 0");
        Story story = stored().get(0);
        assertThat(story.headline()).isEqualTo("Ferry line to the islands opens for the winter");
        assertThat(story.content().standfirst()).isEqualTo("The operator expects 300 passengers a day");
        assertThat(story.content().dateline().place()).isEqualTo("TROMSØ");
        assertThat(story.content().dateline().date()).hasToString("2026-03-03");
        assertThat(story.content().blocks()).extracting(Block::text).noneMatch(t -> t.contains("All news"));
        assertThat(story.content().section()).isEqualTo("world");
    }

    @Test
    void importingTheSameFileAgainIsUnchangedAndAnotherTextIsANewVersionOnlyWithUpdate() throws IOException {
        Path file = write("ferry.txt", COPY);
        run("import", file.toString());
        run("import", file.toString());
        write("ferry.txt", COPY.replace("300 passengers", "400 passengers"));

        int refused = run("import", file.toString());
        int updated = run("import", "--update", file.toString());

        assertThat(refused).isEqualTo(1);
        assertThat(err.toString()).contains("\"ferry.txt\" already holds story").contains("--update");
        assertThat(out.toString()).contains("imported 0, updated 0, unchanged 1")
                .contains("unchanged \"ferry.txt\"")
                .contains("imported 0, updated 1, unchanged 0")
                .containsPattern("updated \"ferry.txt\": story [a-z0-9]+ is now at version 2");
        assertThat(stored()).singleElement().satisfies(s -> {
            assertThat(s.version()).isEqualTo(2);
            assertThat(s.content().standfirst()).contains("400 passengers");
        });
    }

    @Test
    void anExplicitIdFilesTheCopyUnderThatStory() throws IOException {
        Path file = write("ferry.txt", COPY);

        run("import", "--id=ferry-line-2026", file.toString());

        assertThat(stored()).extracting(Story::id).containsExactly("ferry-line-2026");
    }

    @Test
    void badFilesAreRejectedByNameAndTheGoodOnesStillImported() throws IOException {
        write("good.txt", COPY);
        write("empty.txt", "");
        Files.write(dir.resolve("copy/binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5, 'a', 'b'});
        Files.write(dir.resolve("copy/latin1.txt"), "Headline\n\nCaf\u00e9 opens\n".getBytes("ISO-8859-1"));
        Files.writeString(dir.resolve("copy/huge.txt"), "x".repeat(1_100_000));

        int code = run("import", dir.resolve("copy").toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("imported 1, updated 0, unchanged 0, rejected 4");
        assertThat(err.toString()).contains("empty.txt").contains("binary.txt").contains("latin1.txt").contains("huge.txt");
        assertThat(err.toString()).doesNotContain("Exception");
        assertThat(stored()).extracting(Story::headline).containsExactly("Ferry line to the islands opens for the winter");
    }

    @Test
    void filesOfOneNameInTwoFoldersOfAnImportAreTwoStories() throws IOException {
        Files.createDirectories(dir.resolve("copy/a"));
        Files.createDirectories(dir.resolve("copy/b"));
        Files.writeString(dir.resolve("copy/a/story.txt"), COPY);
        Files.writeString(dir.resolve("copy/b/story.txt"), COPY.replace("Ferry line", "Bridge"));

        int code = run("import", dir.resolve("copy").toString());

        assertThat(code).isZero();
        assertThat(stored()).hasSize(2).allSatisfy(s -> assertThat(s.version()).isEqualTo(1));
    }

    @Test
    void twoFilesOfOneNameGivenInOneImportAreNotMergedIntoOneStory() throws IOException {
        Files.createDirectories(dir.resolve("copy/a"));
        Files.createDirectories(dir.resolve("copy/b"));
        Path a = Files.writeString(dir.resolve("copy/a/story.txt"), COPY);
        Path b = Files.writeString(dir.resolve("copy/b/story.txt"), COPY.replace("Ferry line", "Bridge"));

        int code = run("import", a.toString(), b.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("b/story.txt").contains("same name");
        assertThat(stored()).singleElement().satisfies(s -> assertThat(s.version()).isEqualTo(1));
    }

    @Test
    void unknownOptionsAndMissingFilesAnswerWithUsageNotAStackTrace() {
        int unknown = run("import", "--frobnicate", "x.txt");
        int missing = run("import", dir.resolve("nowhere.txt").toString());

        assertThat(unknown).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option").contains("Usage:");
        assertThat(missing).isEqualTo(2);
        assertThat(err.toString()).contains("nowhere.txt\": no such file or directory");
        assertThat(err.toString()).doesNotContain("at dateline.");
    }

    @Test
    void theSeedImportsToExactlyItsGoldStructure() throws IOException {
        Path seed = SharedData.require("corpus/seed/000.txt");
        JsonNode gold = new ObjectMapper().readTree(SharedData.require("corpus/seed/000.gold.json").toFile());

        assertThat(run("import", seed.toString())).isZero();

        Story story = stored().get(0);
        assertThat(story.headline()).isEqualTo(gold.get("headline").asText());
        assertThat(story.content().standfirst()).isEqualTo(gold.get("standfirst").asText());
        assertThat(story.content().dateline().place()).isEqualTo(gold.get("dateline").get("place").asText());
        assertThat(story.content().dateline().dateText()).isEqualTo(gold.get("dateline").get("date_text").asText());
        assertThat(story.content().dateline().agency()).isEqualTo(gold.get("dateline").get("agency").asText());
        assertThat(story.content().blocks()).filteredOn(b -> !b.isParagraph()).extracting(Block::text)
                .containsExactly(gold.get("subheadings").get(0).asText());
        assertThat(story.content().blocks()).filteredOn(Block::isParagraph).hasSize(gold.get("paragraph_count").asInt());
    }
}
