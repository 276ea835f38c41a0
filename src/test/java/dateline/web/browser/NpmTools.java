package dateline.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checkers installed from npm into the project's tools/ folder (pinned in
 * tools/package-lock.json; {@code npm ci --prefix tools} installs them, and .ci/run does so).
 * Test classes that use them carry {@code @ExtendWith(NpmToolsInstalled.class)}, which skips them
 * with a message when they are absent, so a fresh clone's build passes.
 */
final class NpmTools {
    /** Maven runs the tests in the project folder, so tools/ is found from there. */
    private static final Path MODULES = Path.of(System.getProperty("user.dir"), "tools", "node_modules");

    /** The W3C Nu Html Checker. */
    static final Path VNU_JAR = MODULES.resolve("vnu-jar/build/dist/vnu.jar");

    /** axe-core, the accessibility rules engine, as one script to inject into a page. */
    static final Path AXE_SCRIPT = MODULES.resolve("axe-core/axe.min.js");

    private NpmTools() {}

    /** The first checker that is not installed, or null when both are. */
    static Path missing() {
        if (!Files.isRegularFile(VNU_JAR)) return VNU_JAR;
        if (!Files.isRegularFile(AXE_SCRIPT)) return AXE_SCRIPT;
        return null;
    }
}
