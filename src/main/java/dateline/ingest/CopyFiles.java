package dateline.ingest;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The copy files an import is given, and what it leaves out and why. A file's name, which is
 * its story's identity, is its path relative to the folder given (with {@code /} between
 * folders), or its file name when the file itself is given: {@code days/2026-11-29/001.txt} and
 * {@code days/2026-11-30/001.txt} imported as {@code days} are two stories.
 */
public final class CopyFiles {
    /** A copy file to import, and the name that identifies its story. */
    public record CopyFile(Path path, String name) {}

    /** Something given or found that is not imported, and why. */
    public record Skipped(Path path, String reason) {}

    /**
     * @param files    the copy files, in name order within each folder
     * @param skipped  what was found in folders and left out
     * @param problems arguments that are neither a file nor a folder, each "PATH: why"
     */
    public record Listing(List<CopyFile> files, List<Skipped> skipped, List<String> problems) {}

    private CopyFiles() {}

    public static Listing list(List<Path> arguments) throws IOException {
        List<CopyFile> files = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                int before = files.size() + skipped.size();
                walk(argument, files, skipped);
                if (files.size() + skipped.size() == before) skipped.add(new Skipped(argument, "an empty folder: nothing to import"));
            } else if (Files.isRegularFile(argument)) {
                files.add(new CopyFile(argument, argument.getFileName().toString()));
            } else if (Files.exists(argument, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                problems.add(Quoted.name(argument.toString()) + ": " + whyNot(argument));
            } else {
                problems.add(Quoted.name(argument.toString()) + ": no such file or directory");
            }
        }
        return new Listing(files, skipped, problems);
    }

    private static void walk(Path folder, List<CopyFile> files, List<Skipped> skipped) throws IOException {
        List<CopyFile> found = new ArrayList<>();
        // Symbolic links are not followed into folders (a loop would never end); a link to a file is read.
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String reason = attributes.isSymbolicLink() && !Files.isRegularFile(file) ? whyNot(file)
                        : attributes.isOther() ? whyNot(file)
                        : !file.getFileName().toString().endsWith(".txt") ? "not a .txt file" : null;
                if (reason != null) skipped.add(new Skipped(file, reason));
                else found.add(new CopyFile(file, folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/")));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                skipped.add(new Skipped(file, "unreadable (" + e.getClass().getSimpleName() + ")"));
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.comparing(CopyFile::name));
        files.addAll(found);
    }

    /** Why something that exists is not a copy file; never opened, since a FIFO would block. */
    private static String whyNot(Path path) {
        if (Files.isSymbolicLink(path)) {
            if (Files.isDirectory(path)) return "a symbolic link to a folder, not followed";
            try {
                path.toRealPath();
            } catch (NoSuchFileException e) {
                return "a symbolic link to nothing";
            } catch (FileSystemException e) {
                return "a symbolic link loop";
            } catch (IOException e) {
                return "a symbolic link that cannot be followed";
            }
            if (Files.isRegularFile(path)) return null;
        }
        return "not a regular file (a FIFO, socket or device)";
    }
}
