package dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.store.SqlStoryStore;
import dateline.story.Story;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which story a file is, when it is imported again, renamed, or imported twice at once. */
class ImportIdentityTest extends StoreCommandTest {
    private static final String COPY = """
            Ferry line to the islands opens for the winter

            The operator expects 300 passengers a day

            TROMSØ, March 3. /DTL/. A new ferry line to the outer islands opened on Tuesday, the operator said.

            "We will sail every day the ice allows," captain Ola Berg said.
            """;
    private static final String OTHER = """
            Bridge to the mainland closes for repairs

            Drivers face a two-hour detour until May

            TROMSØ, March 4. /DTL/. The bridge to the mainland closed on Wednesday for repairs, the roads authority said.
            """;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void filesOfOneNameOnTwoDaysOfAFolderAreTwoStories() throws IOException {
        write("days/2026-11-29/001.txt", COPY);
        run("import", dir.resolve("days").toString());
        write("days/2026-11-30/001.txt", OTHER);

        int code = run("import", dir.resolve("days").toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("imported 1, updated 0, unchanged 1");
        assertThat(stored()).extracting(Story::headline).containsExactlyInAnyOrder(
                "Ferry line to the islands opens for the winter", "Bridge to the mainland closes for repairs");
        assertThat(stored()).allSatisfy(s -> assertThat(s.version()).isEqualTo(1));
    }

    @Test
    void anotherStoryUnderAKnownNameDoesNotReplaceTheFirst() throws IOException {
        run("import", write("days/2026-11-29/001.txt", COPY).toString());

        int code = run("import", write("days/2026-11-30/001.txt", OTHER).toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("\"001.txt\" already holds story")
                .contains("Ferry line to the islands opens for the winter").contains("--update").contains("--id");
        assertThat(stored()).singleElement().satisfies(s -> {
            assertThat(s.headline()).isEqualTo("Ferry line to the islands opens for the winter");
            assertThat(s.version()).isEqualTo(1);
        });
    }

    @Test
    void importingAnUnchangedFileWithoutItsFlagsAndANewerTimeChangesNothing() throws IOException {
        Path file = write("copy/ferry.txt", COPY);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-03-04T10:00:00Z")));
        run("import", "--section=world", file.toString());
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2027-02-20T10:00:00Z")));

        int code = run("import", file.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("imported 0, updated 0, unchanged 1");
        assertThat(stored()).singleElement().satisfies(s -> {
            assertThat(s.version()).isEqualTo(1);
            assertThat(s.content().section()).isEqualTo("world");
            assertThat(s.content().dateline().date()).hasToString("2026-03-03");
        });
    }

    @Test
    void aNewSectionForAnUnchangedTextIsANewVersionOfTheSameStory() throws IOException {
        Path file = write("copy/ferry.txt", COPY);
        run("import", "--section=world", file.toString());

        int code = run("import", "--section=nordic", file.toString());

        assertThat(code).isZero();
        assertThat(stored()).singleElement().satisfies(s -> {
            assertThat(s.version()).isEqualTo(2);
            assertThat(s.content().section()).isEqualTo("nordic");
        });
    }

    @Test
    void anImportWhileAnotherHoldsTheStoreRefusesAtTheStartAndStoresNothing() throws Exception {
        Path folder = write("copy/ferry.txt", COPY).getParent();
        Files.createDirectories(dir.resolve("data"));
        try (SqlStoryStore store = SqlStoryStore.open("jdbc:sqlite:" + dir.resolve("data/dateline.db"));
             AutoCloseable other = store.tryLockImports().orElseThrow()) {

            int code = run("import", folder.toString());

            assertThat(code).isEqualTo(1);
            assertThat(err.toString()).contains("another import is writing to this store").contains("nothing was imported");
        }
        assertThat(stored()).isEmpty();
    }

    @Test
    void twoImportsOfOneFolderAtOnceStoreEachFileOnceAndSayWhatTheyDid() throws Exception {
        for (int i = 0; i < 40; i++) write("copy/" + i + ".txt", COPY.replace("300", String.valueOf(1000 + i)));
        String[] args = {"import", "--data=" + dir.resolve("data"), dir.resolve("copy").toString()};
        CommandTest first = new CommandTest() {};
        CommandTest second = new CommandTest() {};
        int[] codes = new int[2];

        Thread a = new Thread(() -> codes[0] = first.run(args));
        Thread b = new Thread(() -> codes[1] = second.run(args));
        a.start();
        b.start();
        a.join();
        b.join();

        assertThat(stored()).hasSize(40).allSatisfy(s -> assertThat(s.version()).isEqualTo(1));
        for (CommandTest run : List.of(first, second)) {
            String said = run.out.toString() + run.err.toString();
            assertThat(said).satisfiesAnyOf(
                    text -> assertThat(text).contains("imported 40, updated 0, unchanged 0, rejected 0"),
                    text -> assertThat(text).contains("imported 0, updated 0, unchanged 40, rejected 0"),
                    text -> assertThat(text).contains("another import is writing to this store"));
        }
        assertThat(codes[0] == 0 || codes[1] == 0).isTrue();
    }

    @Test
    void aFolderImportSaysWhatItSkippedAndWhy() throws Exception {
        write("copy/good.txt", COPY);
        write("copy/notes.md", "# notes");
        Path loop = dir.resolve("copy/loop.txt");
        Files.createSymbolicLink(loop, dir.resolve("copy/loop2.txt"));
        Files.createSymbolicLink(dir.resolve("copy/loop2.txt"), loop);
        boolean fifo = mkfifo(dir.resolve("copy/pipe.txt"));

        int code = run("import", dir.resolve("copy").toString());

        assertThat(code).isZero();
        assertThat(err.toString()).contains("skipped \"" + dir.resolve("copy/notes.md") + "\": not a .txt file")
                .contains("loop.txt\": a symbolic link loop");
        if (fifo) assertThat(err.toString()).contains("pipe.txt\": not a regular file (a FIFO, socket or device)");
        assertThat(out.toString()).contains("imported 1, updated 0, unchanged 0, rejected 0, skipped " + (fifo ? 4 : 3));
    }

    @Test
    void anEmptyFolderIsReportedAndFails() throws IOException {
        Files.createDirectories(dir.resolve("empty"));

        int code = run("import", dir.resolve("empty").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("\"" + dir.resolve("empty") + "\": an empty folder: nothing to import");
        assertThat(out.toString()).contains("imported 0, updated 0, unchanged 0, rejected 0, skipped 1");
    }

    @Test
    void aFifoNamedDirectlyIsSaidToBeOneNotMissing() throws Exception {
        Path pipe = dir.resolve("pipe.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo(pipe), "mkfifo is not available");

        int code = run("import", pipe.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("pipe.txt\": not a regular file (a FIFO, socket or device)")
                .doesNotContain("no such file");
    }

    @Test
    void aFileNameWithANewlineCannotForgeALineOfTheSummary() throws IOException {
        write("copy/x\nimported 99, updated 0.txt", "");

        run("import", dir.resolve("copy").toString());

        assertThat(err.toString()).contains("x\\nimported 99, updated 0.txt\"");
        assertThat((out.toString() + err.toString()).lines()).noneMatch(line -> line.startsWith("imported 99"));
    }

    private static boolean mkfifo(Path path) {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
