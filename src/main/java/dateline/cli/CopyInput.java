package dateline.cli;

import dateline.copy.CopyRejected;
import dateline.copy.CopyText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads copy from a file or standard input ({@code -}) as text, reading no more than one
 * byte past {@link CopyText#MAX_BYTES} so that a huge file is refused without loading it.
 */
final class CopyInput {
    private CopyInput() {}

    /** @throws CopyRejected for unreadable or unacceptable copy, its message naming the source */
    static String read(String source, InputStream stdin) {
        try (InputStream in = "-".equals(source) ? stdin : Files.newInputStream(Path.of(source))) {
            return CopyText.decode(in.readNBytes(CopyText.MAX_BYTES + 1));
        } catch (NoSuchFileException e) {
            throw new CopyRejected("no such file");
        } catch (IOException e) {
            throw new CopyRejected("cannot read: " + e.getMessage());
        }
    }

    /** "FILE: message" or "FILE, line N: message", for messages about copy. */
    static String describe(String source, CopyRejected rejected) {
        String name = "-".equals(source) ? "standard input" : source;
        return name + ": " + rejected.getMessage();
    }
}
