package dateline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes N synthetic copy files into a folder, for import and load benchmarks:
 * {@code java -cp bench/target/benchmarks.jar dateline.bench.GenerateCopy 100000 /tmp/copy}.
 * Files are spread over sub-folders by section, so a section can be imported alone.
 */
public final class GenerateCopy {
    private GenerateCopy() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !args[0].matches("\\d{1,7}")) {
            System.err.println("usage: GenerateCopy COUNT DIR");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        SyntheticCopy copy = new SyntheticCopy(20261126L);
        long bytes = 0;
        for (int n = 1; n <= count; n++) {
            SyntheticCopy.Story story = copy.next(n);
            Path file = dir.resolve(story.section()).resolve(String.format("story-%07d.txt", n));
            Files.createDirectories(file.getParent());
            bytes += Files.writeString(file, story.text()).toFile().length();
        }
        System.out.printf("wrote %d stories (%.1f MB) to %s%n", count, bytes / 1e6, dir);
    }
}
