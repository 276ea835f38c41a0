package dateline.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reader page, as the server sends it, is valid HTML by the W3C Nu Html Checker (the
 * checker behind validator.w3.org/nu), run from tools/node_modules. The pages are kept in
 * target/html/ for a look when it fails.
 */
@ExtendWith(NpmToolsInstalled.class)
class HtmlValidityTest {
    static final Path HTML = Path.of("target", "html");

    @TempDir Path dir;

    @Test
    void theNuHtmlCheckerFindsNoErrorInAnyReaderPage() throws Exception {
        Path vnu = NpmTools.VNU_JAR;
        List<String> files = new ArrayList<>();
        try (ReaderSite site = new ReaderSite(dir)) {
            Files.createDirectories(HTML);
            for (String page : ReaderSite.PAGES) {
                Path file = HTML.resolve(page + ".html");
                Files.writeString(file, site.html(site.path(page)), StandardCharsets.UTF_8);
                files.add(file.toString());
            }
        }

        Checked checked = check(vnu, files);

        assertThat(checked.report()).as("vnu's report on %s", files).isEmpty();
        assertThat(checked.exitCode()).as("vnu's exit code").isZero();
    }

    @Test
    void theNuHtmlCheckerFindsNoErrorInAnyNewsroomPage() throws Exception {
        List<String> files = new ArrayList<>();
        try (NewsroomSite site = new NewsroomSite(dir)) {
            Files.createDirectories(HTML);
            for (String page : NewsroomSite.PAGES) files.add(write("newsroom-" + page, site.html(site.path(page))));
            files.add(write("newsroom-login", site.loginHtml()));
            files.add(write("newsroom-editor-errors", site.editorWithErrorsHtml()));
        }

        Checked checked = check(NpmTools.VNU_JAR, files);

        assertThat(checked.report()).as("vnu's report on %s", files).isEmpty();
        assertThat(checked.exitCode()).as("vnu's exit code").isZero();
    }

    private static String write(String name, String html) throws IOException {
        Path file = HTML.resolve(name + ".html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file.toString();
    }

    @Test
    void theCheckerReportsAnInvalidPage() throws Exception {
        Path vnu = NpmTools.VNU_JAR;
        Path page = dir.resolve("invalid.html");
        Files.writeString(page, "<!DOCTYPE html><html lang=en><title>t</title><p><div>x</div></p><img src=x.png>");

        Checked checked = check(vnu, List.of(page.toString()));

        assertThat(checked.exitCode()).isNotZero();
        assertThat(checked.report()).contains("No “p” element in scope", "“img” element must have an “alt” attribute");
    }

    private record Checked(int exitCode, String report) {}

    private static Checked check(Path vnu, List<String> files) throws IOException, InterruptedException {
        // The quick-starting compiler alone (C1) suits one short run; its deeper stack frames need the larger stack.
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xss8m", "-XX:TieredStopAtLevel=1",
                "-jar", vnu.toString(), "--errors-only"));
        command.addAll(files);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("vnu did not finish in two minutes");
        }
        return new Checked(process.exitValue(), report);
    }

    /** The same java that runs the tests, so vnu needs nothing else on the PATH. */
    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
